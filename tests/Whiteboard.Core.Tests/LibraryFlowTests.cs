using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rules F1, ST10, Z1–Z3: every flow of the method library runs on a real board, step by step, and its canvases are the
/// ones its guides describe.
/// </summary>
public class LibraryFlowTests
{
    public static TheoryData<string> LibraryFlows => new(FlowLibrary.All.Select(f => f.Id));

    private static IEnumerable<StageDefinition> Steps => FlowLibrary.All.SelectMany(f => f.Steps).Select(s => s.Stage);

    [Fact]
    public void The_library_holds_the_classic_cycle_and_twelve_methods_of_two_to_six_steps()
    {
        string[] methods = ["nominal-group", "five-whys", "fishbone", "top-consensus", "impact-feasibility", "force-field",
            "action-plan", "orid", "after-action-review", "world-cafe", "appreciative-inquiry", "decision-matrix"];

        Assert.True(FlowLibrary.All.Count >= 13, $"{FlowLibrary.All.Count} flows");
        Assert.All(methods, id => Assert.InRange(FlowLibrary.Find(id)?.Steps.Count ?? 0, 2, 6));
    }

    [Theory]
    [MemberData(nameof(LibraryFlows))]
    public void One_note_runs_through_every_step_of_a_library_flow(string flowId)
    {
        var flow = FlowLibrary.Find(flowId)!;
        var board = WithSteps([.. flow.Steps.Select(s => s.Stage)]);
        Guid? lastNote = null;

        for (var i = 0; i < flow.Steps.Count; i++)
        {
            if (i > 0) board.Accept(new AdvanceStage(), Facilitator); // Rule ST2
            var stage = board.State.CurrentStage!;
            Assert.Equal(flow.Steps[i].Stage.Id, stage.Id);

            if (stage.Allows(StageCapabilities.Notes))
            {
                // Rule Z2: a note put in the middle of a zone belongs to it; on a free canvas it belongs to none.
                var area = stage.Canvas.Areas() is { Count: > 0 } areas ? areas[i % areas.Count] : null;
                var (x, y) = area is null ? (120.0, 80.0) : (area.X + (area.Width - NoteSize.Width) / 2, area.Y + (area.Height - NoteSize.Height) / 2);
                var note = board.AddNote(Alice, $"{flowId} {stage.Id}", x: x, y: y);
                Assert.Equal(area?.ZoneId, board.State.ZoneOf(board.Note(note)));
                if (board.Note(note).Hidden) board.Accept(new RevealNotes(stage.Id), Facilitator); // Rule H2
                lastNote = note;
            }
            if (stage.Allows(StageCapabilities.Voting) && stage.Settings.VoteBudget > 0)
                board.Accept(new CastVote(lastNote!.Value), Bob); // a step's votes go on its own notes (V1)
            if (stage.HasRating)
                board.Accept(new RateItem(lastNote!.Value, stage.Criteria![0].Id, 4), Bob); // R2: a step rates its own notes
            if (stage.Allows(StageCapabilities.ActionItems))
                board.Accept(new CreateActionItem(Guid.NewGuid(), "下周一前拿出方案", new ActionOwner(Alice, null), FromNoteId: lastNote), Bob);
            if (stage.Allows(StageCapabilities.Summary))
                board.Accept(new WriteSummary($"{flow.Title.ZhCn}：结论"), Alice);
        }
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.All(board.State.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
    }

    [Fact]
    public void Every_voting_step_votes_on_notes_of_its_own_and_has_dots_to_give()
    {
        // Rule V1: dots go only on the current step's notes and clusters, so a step that votes must also take notes; and a
        // step that names voting without a budget would show a vote it cannot hold.
        foreach (var step in Steps.Where(s => s.Capabilities is { } c && c.HasFlag(StageCapabilities.Voting)))
        {
            Assert.True(step.Capabilities!.Value.HasFlag(StageCapabilities.Notes), $"{step.Id} votes but takes no notes");
            Assert.True(step.Settings.VoteBudget > 0, $"{step.Id} votes with no budget");
        }
        Assert.All(Steps.Where(s => s.Capabilities is { } c && !c.HasFlag(StageCapabilities.Voting)), s => Assert.Equal(0, s.Settings.VoteBudget));
    }

    [Fact]
    public void Every_rating_step_rates_its_own_notes_on_criteria_and_the_decision_matrix_weighs_importance_double()
    {
        // Rules R1, R2: scores go only on the current step's notes and clusters, on the step's criteria.
        foreach (var step in Steps.Where(s => s.Capabilities is { } c && c.HasFlag(StageCapabilities.Rating)))
        {
            Assert.True(step.Capabilities!.Value.HasFlag(StageCapabilities.Notes), $"{step.Id} rates but takes no notes");
            Assert.True(RatingAccess.AreValid(step.Criteria), $"{step.Id} rates without criteria");
        }
        Assert.All(Steps.Where(s => s.Capabilities is not { } c || !c.HasFlag(StageCapabilities.Rating)), s => Assert.Null(s.Criteria));
        var score = FlowLibrary.Find("decision-matrix")!.Steps.Single(s => s.Stage.Capabilities!.Value.HasFlag(StageCapabilities.Rating)).Stage;
        Assert.Equal([("重要性", 2), ("可行性", 1), ("成本可控", 1), ("见效快", 1)], score.Criteria!.Select(c => (c.Name.ZhCn, c.Weight)));
    }

    [Fact]
    public void No_library_step_groups_notes_on_a_canvas_of_zones()
    {
        // A new cluster gathers its notes into one grid, which would pull them out of the zones that give them meaning.
        Assert.All(Steps.Where(s => s.Layout is { Kind: not CanvasLayoutKind.Free }),
            s => Assert.False(s.Capabilities!.Value.HasFlag(StageCapabilities.Clustering), s.Id));
    }

    [Fact]
    public void Every_step_of_the_new_flows_says_what_it_allows_and_runs_for_a_realistic_time()
    {
        // The classic cycle's stages name no capabilities so its boards read back as before (ST10); every other step does.
        foreach (var flow in FlowLibrary.All.Where(f => f.Id != FlowLibrary.ActionLearning))
            foreach (var step in flow.Steps.Select(s => s.Stage))
            {
                Assert.True(step.Capabilities is { } c && c != StageCapabilities.None, $"{flow.Id}/{step.Id} names no capabilities");
                Assert.InRange(step.Settings.TimerSeconds, 5 * 60, 45 * 60);
            }
    }

    [Fact]
    public void Every_zone_is_labelled_in_both_languages_and_a_note_at_its_centre_lies_in_it()
    {
        var layouts = Steps.Select(s => s.Layout).OfType<CanvasLayout>().ToList();
        Assert.NotEmpty(layouts);
        foreach (var layout in layouts)
        {
            Assert.True(layout.IsValid); // Rule Z3
            Assert.All(layout.Zones, z => AssertBothLanguages(z.Label));
            foreach (var area in layout.Areas())
                Assert.Equal(area.ZoneId, layout.ZoneAt(area.X + (area.Width - NoteSize.Width) / 2, area.Y + (area.Height - NoteSize.Height) / 2));
        }
    }

    [Fact]
    public void The_fishbone_has_the_problem_at_its_head_and_the_six_bones()
    {
        var fishbone = LayoutOf("fishbone", CanvasLayoutKind.Fishbone);

        AssertBothLanguages(fishbone.Head);
        Assert.Equal(["政策", "制度", "人员", "流程", "资源", "环境"], fishbone.Zones.Select(z => z.Label.ZhCn));
        Assert.Null(fishbone.ZoneAt(fishbone.HeadArea()!.X + 10, fishbone.HeadArea()!.Y + 10)); // the problem is no cause
    }

    [Fact]
    public void The_impact_feasibility_matrix_has_impact_up_feasibility_across_and_quick_wins_top_right()
    {
        var matrix = LayoutOf("impact-feasibility", CanvasLayoutKind.Matrix);

        AssertBothLanguages(matrix.UpAxis);
        AssertBothLanguages(matrix.AcrossAxis);
        Assert.Equal(("影响", "可行性"), (matrix.UpAxis!.ZhCn, matrix.AcrossAxis!.ZhCn));
        Assert.Equal("速赢", matrix.Zones[1].Label.ZhCn); // Rule Z1: top-right is high on both axes
    }

    [Theory]
    [InlineData("orid", "客观", "反映", "诠释", "决定")]
    [InlineData("after-action-review", "回顾目标", "评估结果", "分析原因", "总结规律")]
    [InlineData("action-plan", "做什么", "谁负责", "何时完成", "需要的资源")]
    [InlineData("force-field", "推动力", "阻力")]
    public void Column_tools_have_their_columns_in_order(string flowId, params string[] labels) =>
        Assert.Equal(labels, LayoutOf(flowId, CanvasLayoutKind.Columns).Zones.Select(z => z.Label.ZhCn));

    private static CanvasLayout LayoutOf(string flowId, CanvasLayoutKind kind) =>
        Assert.Single(FlowLibrary.Find(flowId)!.Steps, s => s.Stage.Layout?.Kind == kind).Stage.Layout!;

    private static void AssertBothLanguages(LocalizedText? text)
    {
        Assert.NotNull(text);
        Assert.False(string.IsNullOrWhiteSpace(text.ZhCn));
        Assert.False(string.IsNullOrWhiteSpace(text.En));
    }
}
