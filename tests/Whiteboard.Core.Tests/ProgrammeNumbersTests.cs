using System.Xml.Linq;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rules PN1–PN7: the programme's numbers, facilitator records and open actions, from workshops whose boards were run
/// through the core with known counts.
/// </summary>
public class ProgrammeNumbersTests
{
    private static readonly DateOnly Today = new(2026, 5, 10);
    private static readonly ProgrammePeriod Year2026 = ProgrammePeriod.YearOf(Today);
    private static readonly Guid Li = Guid.NewGuid(), Zhou = Guid.NewGuid();
    private static readonly Guid Dong = Guid.NewGuid(), Erin = Guid.NewGuid();

    private static DateTimeOffset Cst(int year, int month, int day, int hour = 9, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// Workshop A (李老师's, March 2026), two groups: group 1 has 王芳 (in the room, 市财政局), Bob (remote, 市税务局), 陈静 (in
    /// the room, no unit) and three items — 王芳's done, Bob's blocked and late, 张总's (free text) not started and late;
    /// group 2 has Dong (in the room) and Erin (remote) and Dong's item, done.
    /// </summary>
    private static WorkshopFacts WorkshopA()
    {
        var g1 = ActionLearningAt(StageIds.Action);
        g1.Accept(new SetParticipantUnit(Alice, "市财政局"), Facilitator);
        g1.Accept(new SetParticipantUnit(Bob, "市税务局"), Facilitator);
        var done = Make(g1, Alice, new ActionOwner(Alice, null), null);
        var blocked = Make(g1, Alice, new ActionOwner(Bob, null), new DateOnly(2026, 4, 1));
        Make(g1, Facilitator, new ActionOwner(null, "张总"), new DateOnly(2026, 5, 1));
        g1.Accept(new UpdateActionProgress(done, ActionStatus.Done), Alice);
        g1.Accept(new UpdateActionProgress(blocked, ActionStatus.Blocked, "等审批"), Bob);
        var g2 = SecondGroup();
        g2.Accept(new UpdateActionProgress(Make(g2, Dong, new ActionOwner(Dong, null), new DateOnly(2026, 3, 1)), ActionStatus.Done), Dong);
        return new WorkshopFacts(Guid.NewGuid(), "行动学习 A", Cst(2026, 3, 10), Li, "李老师", [g1.State, g2.State]);
    }

    /// <summary>Workshop B (May 2026, made without a facilitator link): one group, one item in progress, due after today.</summary>
    private static WorkshopFacts WorkshopB()
    {
        var g = ActionLearningAt(StageIds.Action);
        g.Accept(new UpdateActionProgress(Make(g, Carol, new ActionOwner(Carol, null), new DateOnly(2026, 6, 1)), ActionStatus.InProgress), Carol);
        return new WorkshopFacts(Guid.NewGuid(), "行动学习 B", Cst(2026, 5, 2), null, null, [g.State]);
    }

    /// <summary>Workshop C (李老师's, the last day of 2025 in China, though still the 31st in UTC): outside 2026.</summary>
    private static WorkshopFacts WorkshopC()
    {
        var g = ActionLearningAt(StageIds.Action);
        Make(g, Alice, new ActionOwner(Alice, null), null);
        return new WorkshopFacts(Guid.NewGuid(), "行动学习 C", Cst(2025, 12, 31, 23), Li, "李老师", [g.State]);
    }

    private static TestBoard SecondGroup()
    {
        var g = Created(template: WorkshopTemplate.ActionLearning);
        g.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        g.Join(Dong, "董明");
        g.Join(Erin, "Erin", location: ParticipantLocation.Remote);
        g.OpenStage(StageIds.Action);
        return g;
    }

    private static Guid Make(TestBoard board, Guid maker, ActionOwner owner, DateOnly? due)
    {
        var id = Guid.NewGuid();
        board.Accept(new CreateActionItem(id, "试点双周例会", owner, due), maker);
        return id;
    }

    private static readonly WorkshopFacts A = WorkshopA(), B = WorkshopB(), C = WorkshopC();

    private static readonly ProgrammeCase[] Cases =
    [
        new(Guid.NewGuid(), A.WorkshopId, Cst(2026, 4, 2), null),
        new(Guid.NewGuid(), A.WorkshopId, Cst(2026, 6, 2), Cst(2026, 6, 9)),
        new(Guid.NewGuid(), C.WorkshopId, Cst(2025, 12, 30), Cst(2025, 12, 31)),
        new(Guid.NewGuid(), C.WorkshopId, Cst(2025, 12, 30), Cst(2026, 1, 5)), // drafted in 2025, published in 2026
        new(Guid.NewGuid(), Guid.NewGuid(), Cst(2026, 6, 2), Cst(2026, 6, 2)), // a workshop the reader does not see
    ];

    [Fact]
    public void Numbers_count_the_workshops_groups_and_trainees_of_the_period()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, Year2026, Today);

        // Rule PN1: C was made on 31 December in China; rule PN2: participants only, observers and facilitators not
        Assert.Equal((2, 3, 5, 3), (n.Workshops, n.Groups, n.TraineesInRoom, n.TraineesRemote));
        Assert.Equal(8, n.Trainees);
    }

    [Fact]
    public void Numbers_count_action_items_made_done_overdue_and_blocked()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, Year2026, Today);

        Assert.Equal((5, 2, 2, 1), (n.ActionsMade, n.ActionsDone, n.ActionsOverdue, n.ActionsBlocked)); // Dong's is late but done
        Assert.Equal(0.4, n.CompletionRate);
    }

    [Fact]
    public void Completion_by_facilitator_has_a_row_for_workshops_made_without_a_link_last()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, Year2026, Today);

        // Rule PN5
        Assert.Equal([new CompletionRow("李老师", 4, 2), new CompletionRow(null, 1, 0)], n.ByFacilitator);
        Assert.Equal(0.5, n.ByFacilitator[0].Rate);
        Assert.Equal(0.0, n.ByFacilitator[1].Rate);
    }

    [Fact]
    public void Completion_by_unit_is_by_the_owners_unit_with_owners_without_one_in_one_row_last()
    {
        var n = ProgrammeNumbers.Of([A, B], [], Year2026, Today);

        // Rule PN5: 张总 is named in free text; Dong and 陈静 gave no unit
        Assert.Equal([new CompletionRow("市税务局", 1, 0), new CompletionRow("市财政局", 1, 1), new CompletionRow(null, 3, 1)], n.ByUnit);
    }

    [Fact]
    public void Cases_count_when_written_in_the_period_and_only_from_visible_workshops()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, Year2026, Today);

        // Rule PN6: two drafted in 2026 (from A); published in 2026, one of A's and one of C's drafted the year before
        Assert.Equal((2, 2), (n.CasesDrafted, n.CasesPublished));
    }

    [Fact]
    public void Months_run_from_the_first_workshop_to_the_last_with_empty_months_between()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, Year2026, Today);

        // Rule PN4
        Assert.Equal([(2026, 3, 1, 5, 4, 2), (2026, 4, 0, 0, 0, 0), (2026, 5, 1, 3, 1, 0)],
            n.Months.Select(m => (m.Year, m.Month, m.Workshops, m.Trainees, m.ActionsMade, m.ActionsDone)));
    }

    [Fact]
    public void An_empty_period_has_zeros_no_rate_and_no_months()
    {
        var n = ProgrammeNumbers.Of([A, B, C], Cases, new ProgrammePeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), Today);

        Assert.Equal((0, 0, 0, 0), (n.Workshops, n.Groups, n.Trainees, n.ActionsMade));
        Assert.Null(n.CompletionRate);
        Assert.Empty(n.Months);
    }

    [Fact]
    public void A_trainee_moved_to_another_group_counts_once()
    {
        var g1 = ActionLearning();
        var g2 = Created(template: WorkshopTemplate.ActionLearning);
        g2.Join(Alice, "王芳"); // the server moves someone by leaving one board and joining the other
        g1.Accept(new LeaveBoard(Alice), Alice);
        var w = new WorkshopFacts(Guid.NewGuid(), "分组", Cst(2026, 3, 1), null, null, [g1.State, g2.State]);

        var n = ProgrammeNumbers.Of([w], [], Year2026, Today);

        Assert.Equal((2, 1), (n.TraineesInRoom, n.TraineesRemote)); // 王芳 and 陈静 in the room, Bob remote
    }

    [Fact]
    public void Class_hours_run_from_the_first_step_opened_to_the_last_thing_done_in_class_in_the_longest_group()
    {
        var g1 = ActionLearning();
        g1.Now = Cst(2026, 3, 1, 9);
        g1.OpenStage(StageIds.Problem);
        g1.Now = Cst(2026, 3, 1, 11);
        g1.OpenStage(StageIds.Action);
        g1.Now = Cst(2026, 3, 1, 12);
        var item = Make(g1, Alice, new ActionOwner(Alice, null), null);
        g1.Now = Cst(2026, 4, 1, 12);
        g1.Accept(new UpdateActionProgress(item, ActionStatus.Done), Alice); // follow-up weeks later is not class time
        var g2 = ActionLearning();
        g2.Now = Cst(2026, 3, 1, 9);
        g2.OpenStage(StageIds.Problem);
        g2.Now = Cst(2026, 3, 1, 10, 30);
        g2.AddNote(Alice);
        var unopened = ActionLearning();

        // Rule PN3
        Assert.Equal(TimeSpan.FromHours(3), ClassHours.Of([g1.State, g2.State, unopened.State]));
        Assert.Equal(TimeSpan.Zero, ClassHours.Of([unopened.State]));
        var w = new WorkshopFacts(Guid.NewGuid(), "一天", Cst(2026, 3, 1), null, null, [g1.State, g2.State]);
        Assert.Equal(3.0, ProgrammeNumbers.Of([w, w with { WorkshopId = Guid.NewGuid() }], [], Year2026, Today).Hours / 2);
    }

    [Fact]
    public void Facilitator_records_list_every_facilitator_with_their_workshops_and_published_cases()
    {
        ProgrammeFacilitator[] facilitators = [new(Li, "李老师", "党校", false), new(Zhou, "周老师", "组织部", true)];

        var records = FacilitatorTally.Of(facilitators, [A, B, C], Cases, ProgrammePeriod.All);
        var year = FacilitatorTally.Of(facilitators, [A, B, C], Cases, Year2026);

        // Rule PN7: three published from 李老师's workshops; in 2026 A's and the one of C's published on 5 January
        var li = records.Single(r => r.FacilitatorId == Li);
        Assert.Equal((2, 3, 8, 5, 2, 3), (li.Workshops, li.Groups, li.Trainees, li.ActionsMade, li.ActionsDone, li.CasesPublished));
        Assert.Equal((1, 2, 5, 4, 2, 2), year.Single(r => r.FacilitatorId == Li) is var y
            ? (y.Workshops, y.Groups, y.Trainees, y.ActionsMade, y.ActionsDone, y.CasesPublished) : default);
        var zhou = records.Single(r => r.FacilitatorId == Zhou);
        Assert.Equal((0, null, true), (zhou.Workshops, zhou.CompletionRate, zhou.Revoked));
        Assert.Equal(["李老师", "周老师"], records.Select(r => r.Name));
    }

    [Fact]
    public void Open_actions_list_overdue_first_then_by_due_date_without_done_items()
    {
        var open = OpenActions.Of([A, B, C], Today);

        // Rule PN8: Bob's (1 April) and 张总's (1 May) are late; B's (1 June), then C's with no date
        Assert.Equal([("Bob", true, "行动学习 A"), ("张总", true, "行动学习 A"), ("陈静", false, "行动学习 B"), ("王芳", false, "行动学习 C")],
            open.Select(a => (a.OwnerName, a.Overdue, a.WorkshopTitle)));
        Assert.Equal((ActionStatus.Blocked, "等审批", 1, "市税务局"), (open[0].Status, open[0].Progress, open[0].GroupNumber, open[0].OwnerUnit));
        Assert.Null(open[1].OwnerUnit); // named in free text: no unit
    }

    [Fact]
    public void Charts_draw_workshops_and_trainees_by_month_and_completion_by_unit()
    {
        var n = ProgrammeNumbers.Of([A, B], [], Year2026, Today);
        var labels = new ProgrammeChartLabels("每月工作坊", "每月学员", "各单位完成率", "未填单位", "暂无数据");

        var svg = XElement.Parse(ProgrammeCharts.Svg(n, labels));
        var texts = svg.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value).ToList();

        Assert.Equal(9, svg.Descendants(XName.Get("rect", "http://www.w3.org/2000/svg")).Count()); // 3 months twice, three units
        Assert.Equal(["每月工作坊", "2026-03", "1", "2026-04", "0", "2026-05", "1"], texts.Take(7));
        Assert.Equal(["各单位完成率", "市税务局", "0%", "市财政局", "100%", "未填单位", "33%"], texts.TakeLast(7));
    }
}
