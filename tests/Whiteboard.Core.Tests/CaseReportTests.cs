using System.Text.Json;
using System.Text.Json.Nodes;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Reports;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Tests;

/// <summary>
/// The case report (经验案例化): built from the server's boards, it contains exactly the revealed content, ranked by
/// the visible dots, and anonymous content never carries names (rules H1–H3, V4, A6, A7).
/// </summary>
public class CaseReportTests
{
    private static readonly DateTimeOffset Generated = Start.AddHours(3);

    private static readonly string[] Names = ["李老师", "王芳", "Bob", "陈静", "旁听"];

    private static readonly Guid[] People = [Facilitator, Alice, Bob, Carol, Observer];

    private static CaseReport Report(params BoardState[] boards) =>
        CaseReports.Build("行动学习 第一期", BoardLanguage.ZhCn, boards, Generated);

    private static (Guid Id, int Score, string? Cluster) Row(RankedTarget r) => (r.TargetId, r.Score, r.ClusterTitle);

    [Fact]
    public void Report_contains_exactly_the_revealed_problems_ranked_by_visible_votes()
    {
        // Rules H1, V4: clusters and notes ranked apart, each by the dots cast on it; the unrevealed note is not there
        var c = new CaseBoard();

        var group = Assert.Single(Report(c.Board.State).Groups);

        Assert.Equal([(CaseBoard.ClusterId, 1, null)], group.Problems.Clusters.Select(Row));
        Assert.Equal(["会议太多", "文档太少"], group.Problems.Clusters[0].NoteTexts);
        Assert.Equal(
        [
            (c.Meetings, 2, "会议"),
            (c.Approvals, 2, null),
            (c.Documents, 1, "会议"),
            (c.Nobody, 1, null),
        ], group.Problems.Notes.Select(Row)); // ties by text, ordinal (会 < 审; 文 < 没)
        Assert.Equal(c.Meetings, group.ChosenProblem!.TargetId); // the most dots, whichever kind
    }

    [Fact]
    public void Questioned_notes_come_with_their_threads_in_order_and_without_names()
    {
        // Rules Q2, Q5
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new AllowQuestions(StageIds.Plan, true), Facilitator);
        var quiet = board.AddNote(Bob, "没人问的");
        var note = board.AddNote(Alice, "先做试点");
        var first = Guid.NewGuid();
        board.Accept(new Questions.AskQuestion(first, note, "试点选哪个科室？"), Bob);
        board.Accept(new Questions.AnswerQuestion(Guid.NewGuid(), first, "窗口科"), Alice);
        board.Accept(new Questions.AnswerQuestion(Guid.NewGuid(), first, "或者综合科"), Carol);
        board.Accept(new Questions.AskQuestion(Guid.NewGuid(), note, "多久见效？"), Facilitator);

        var questioned = Assert.Single(Report(board.State).Groups[0].Questioned);

        Assert.Equal(("计划", "先做试点"), (questioned.Stage, questioned.Note));
        Assert.Equal(["试点选哪个科室？", "多久见效？"], questioned.Threads.Select(t => t.Question));
        Assert.Equal(["窗口科", "或者综合科"], questioned.Threads[0].Answers);
        Assert.Empty(questioned.Threads[1].Answers);
        Assert.NotEqual(Guid.Empty, quiet);
    }

    [Fact]
    public void Report_ranks_the_plan_ideas_by_their_revealed_votes()
    {
        // Rule V4
        var c = new CaseBoard();

        var group = Report(c.Board.State).Groups[0];

        Assert.Empty(group.PlanIdeas.Clusters);
        Assert.Equal([(c.Pilot, 4, null), (c.Coach, 3, null), (c.Review, 0, null)], group.PlanIdeas.Notes.Select(Row));
        Assert.Equal(["先在销售部试点", "请外部顾问", "每周复盘"], group.PlanIdeas.Notes.Select(p => p.Text));
    }

    [Fact]
    public void Votes_nobody_revealed_are_not_counted()
    {
        // Rule V4: the plan's dots were never revealed — the ideas are there, with no dots, whoever asks for the report
        var c = new CaseBoard(revealPlanVotes: false);

        var group = Report(c.Board.State).Groups[0];

        Assert.Equal([0, 0, 0], group.PlanIdeas.Notes.Select(p => p.Score));
        Assert.Equal([c.Pilot, c.Review, c.Coach], group.PlanIdeas.Notes.Select(p => p.TargetId)); // ties: by text, ordinal (先 < 每 < 请)
        Assert.Equal(0, group.Stages.Single(s => s.Id == StageIds.Plan).Votes);
        Assert.Equal(7, c.Board.State.Votes.Count(v => v.StageId == StageIds.Plan)); // they were cast
    }

    [Fact]
    public void No_problem_is_chosen_before_any_vote_is_revealed()
    {
        // GroupReport.ChosenProblem: the top of the ranking only when it got dots
        var board = ActionLearningAt(StageIds.Problem);
        var note = board.AddNote(Alice, "会议太多");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        board.Accept(new CastVote(note), Bob);

        var group = Report(board.State).Groups[0];

        Assert.Equal([note], group.Problems.Notes.Select(p => p.TargetId));
        Assert.Null(group.ChosenProblem);
    }

    [Fact]
    public void Unrevealed_notes_appear_nowhere_in_the_serialised_report()
    {
        // Rule H1: not the problem written after the reveal, nor the unrevealed reflection, nor their ids
        var c = new CaseBoard();

        var json = JsonSerializer.Serialize(Report(c.Board.State), WireJson.Options);

        Assert.DoesNotContain(CaseBoard.Secret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(CaseBoard.SecretReflection, json, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Hidden.ToString(), json, StringComparison.Ordinal);
        Assert.DoesNotContain(c.HiddenReflection.ToString(), json, StringComparison.Ordinal);
        Assert.Contains("审批流程长", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_has_the_action_plan_the_revealed_reflections_and_the_summary()
    {
        // Rules A6, A7, H1
        var c = new CaseBoard();

        var group = Report(c.Board.State).Groups[0];

        Assert.Equal([CaseBoard.PilotAction, CaseBoard.CoachAction], group.Actions.Select(a => a.Id)); // by due date
        Assert.Equal(("Bob", ActionStatus.InProgress, "已约好", (Guid?)c.Pilot),
            (group.Actions[0].OwnerName, group.Actions[0].Status, group.Actions[0].Progress, group.Actions[0].FromNoteId));
        Assert.Equal(("张总", (Guid?)null), (group.Actions[1].OwnerName, group.Actions[1].OwnerId));
        Assert.Equal(["学会了倾听", "试点要更小"], group.Reflections);
        Assert.Equal("我们选了“会议太多”，先在销售部试点。", group.Summary);
        Assert.Empty(group.EarlierActions);
    }

    [Fact]
    public void Report_has_each_stage_with_its_times_and_visible_counts()
    {
        var c = new CaseBoard();

        var group = Report(c.Board.State).Groups[0];

        Assert.Equal([StageIds.Problem, StageIds.Plan, StageIds.Action, StageIds.Reflection, StageIds.Summary], group.Stages.Select(s => s.Id));
        Assert.All(group.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
        Assert.Equal([25, 20, 20, 10, 5], group.Stages.Select(s => s.Duration!.Value.TotalMinutes));
        Assert.Equal(CaseBoard.ClassBegins, group.Stages[0].OpenedAt);
        Assert.Equal(CaseBoard.ClassBegins.AddMinutes(80), group.Stages[^1].ClosedAt);
        Assert.Equal([4, 3, 0, 2, 0], group.Stages.Select(s => s.Notes)); // the visible notes only
        Assert.Equal([7, 7, 0, 0, 0], group.Stages.Select(s => s.Votes));
        Assert.Equal(("提出问题", StageKind.Problem), (group.Stages[0].Title, group.Stages[0].Kind));
        Assert.NotEqual("", group.Stages[0].Prompt);
    }

    [Fact]
    public void Report_is_in_the_workshops_language()
    {
        var c = new CaseBoard();

        var report = CaseReports.Build("Action learning", BoardLanguage.En, [c.Board.State], Generated);

        Assert.Equal(("Action learning", BoardLanguage.En, Generated), (report.WorkshopTitle, report.Language, report.GeneratedAt));
        Assert.Equal("Problem", report.Groups[0].Stages[0].Title);
    }

    [Fact]
    public void Stage_still_running_counts_its_time_up_to_the_report()
    {
        // The report is available at any time, not only at the end (rule A9): the current stage has run until now
        var c = new CaseBoard(finish: false);

        var summary = Report(c.Board.State).Groups[0].Stages[^1];

        var opened = CaseBoard.ClassBegins.AddMinutes(75);
        Assert.Equal((StageStatus.Open, (DateTimeOffset?)opened, (DateTimeOffset?)null, (TimeSpan?)(Generated - opened)),
            (summary.Status, summary.OpenedAt, summary.ClosedAt, summary.Duration));
    }

    [Fact]
    public void Participants_are_listed_without_observers()
    {
        var c = new CaseBoard();

        var group = Report(c.Board.State).Groups[0];

        Assert.Equal(
        [
            new ReportParticipant("李老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom),
            new ReportParticipant("王芳", ParticipantRole.Participant, ParticipantLocation.InRoom),
            new ReportParticipant("Bob", ParticipantRole.Participant, ParticipantLocation.Remote),
            new ReportParticipant("陈静", ParticipantRole.Participant, ParticipantLocation.InRoom),
        ], group.Participants);
    }

    [Fact]
    public void Groups_are_in_group_order_with_carried_actions_as_earlier_actions()
    {
        // Rule A8
        var carried = new CarriedAction(Guid.NewGuid(), 1, "每周复盘一次", "王芳", null, ActionStatus.Blocked, "等预算");
        var second = Empty();
        second.Accept(Creating("行动学习", template: Workshops.WorkshopTemplate.ActionLearning, group: 2) with { Carried = [carried] }, Guid.Empty);
        var first = new CaseBoard();

        var report = Report(second.State, first.Board.State);

        Assert.Equal([1, 2], report.Groups.Select(g => g.GroupNumber));
        Assert.Equal([carried], report.Groups[1].EarlierActions);
        Assert.True(report.Groups[1].Problems.IsEmpty);
    }

    [Fact]
    public void Anonymous_content_never_carries_names_or_ids_in_the_report()
    {
        // Rule H3: the problem and reflection stages are anonymous; nothing in their part of the report says who wrote what —
        // even when the facilitator was allowed to see the authors
        var c = new CaseBoard(facilitatorSeesAuthors: true);
        Assert.Equal(Notes.NoteAnonymity.HiddenFromParticipants, c.Board.Note(c.Meetings).Anonymity);

        var json = JsonSerializer.SerializeToNode(Report(c.Board.State), WireJson.Options)!;
        var group = json["groups"]![0]!;
        var anonymous = new JsonArray(group["problems"]!.DeepClone(), group["reflections"]!.DeepClone()).ToJsonString(WireJson.Options);

        foreach (var name in Names) Assert.DoesNotContain(name, anonymous, StringComparison.Ordinal);
        foreach (var id in People) Assert.DoesNotContain(id.ToString(), anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("authorId", json.ToJsonString(WireJson.Options), StringComparison.Ordinal);
        Assert.DoesNotContain("voterId", json.ToJsonString(WireJson.Options), StringComparison.Ordinal);
    }
    [Fact]
    public void A_tool_canvas_is_reported_zone_by_zone_with_its_head_and_what_lies_outside_last()
    {
        // Rule Z2: a fishbone's causes by bone, read top to bottom; the head is the problem, not a cause
        var fishbone = new StageDefinition("causes", StageKind.Problem, new("分骨找原因", "Causes"), new("", ""), StageSettings.Open,
            StageCapabilities.Notes, new CanvasLayout(CanvasLayoutKind.Fishbone,
                [new Zone("policy", new("政策", "Policy")), new Zone("people", new("人员", "People")), new Zone("process", new("流程", "Process"))],
                Head: new("审批太慢", "Approvals are slow")));
        var board = TestBoard.WithSteps(fishbone);
        board.AddNote(Alice, "缺少授权", x: 100, y: 300);
        board.AddNote(Bob, "文件层层转发", x: 100, y: 100);
        board.AddNote(Alice, "人手不够", x: 500, y: 100);
        board.AddNote(Bob, "还没想好放哪", x: -600, y: 100);

        var stage = Assert.Single(Assert.Single(Report(board.State).Groups).Stages);

        Assert.Equal((CanvasLayoutKind.Fishbone, "审批太慢"), (stage.Layout, stage.Head));
        Assert.Equal(["policy", "people", "process", ""], stage.Zones.Select(z => z.Id));
        Assert.Equal(["政策", "人员", "流程", ""], stage.Zones.Select(z => z.Label));
        Assert.Equal(["文件层层转发", "缺少授权"], stage.Zones[0].Notes);
        Assert.Equal(["人手不够"], stage.Zones[1].Notes);
        Assert.Empty(stage.Zones[2].Notes);
        Assert.Equal(["还没想好放哪"], stage.Zones[3].Notes);
        Assert.True(stage.Zones[3].IsOutside);
    }

    [Fact]
    public void A_free_canvas_has_no_zones_in_the_report()
    {
        var group = Assert.Single(Report(new CaseBoard().Board.State).Groups);

        Assert.All(group.Stages, s => Assert.Equal((CanvasLayoutKind.Free, 0), (s.Layout, s.Zones.Count)));
    }

    [Fact]
    public void Causes_on_a_step_without_voting_are_reported_by_bone_and_never_ranked_by_votes()
    {
        // A fishbone made from a plan step (rule F4) collects causes; no dots were given, so "ranked by votes" would be noise.
        var causes = FlowDesign.WithLayout(new StageDefinition("causes", StageKind.Plan, new("找原因", "Causes"), new("", ""),
            StageSettings.Open, StageCapabilities.Notes | StageCapabilities.Clustering), CanvasLayoutKind.Fishbone);
        var board = TestBoard.WithSteps(causes);
        board.AddNote(Alice, "缺少授权", x: 100, y: 100);

        var group = Assert.Single(Report(board.State).Groups);

        Assert.True(group.PlanIdeas.IsEmpty);
        Assert.Contains("缺少授权", group.Stages[0].Zones.SelectMany(z => z.Notes));
    }
}
