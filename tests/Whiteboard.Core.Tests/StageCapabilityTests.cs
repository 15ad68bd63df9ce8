using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>Rule ST10: a step allows what it says, and the classic cycle's stages allow what they always did.</summary>
public class StageCapabilityTests
{
    private static StageDefinition Step(string id, StageKind kind, StageCapabilities capabilities, int voteBudget = 0) =>
        new(id, kind, new LocalizedText(id, id), new LocalizedText("提示", "prompt"),
            StageSettings.Open with { VoteBudget = voteBudget, MaxVotesPerNote = Math.Max(1, voteBudget) }, capabilities);

    [Fact]
    public void A_step_without_notes_refuses_a_note_with_its_own_reason_and_changes_nothing()
    {
        var board = WithSteps(Step("listen", StageKind.Problem, StageCapabilities.None));

        Assert.Equal(RejectionCode.NoNotesInStage, board.Reject(
            new AddNote(Guid.NewGuid(), "listen", "不该写", NoteColor.Yellow, 0, 0), Alice));
        Assert.Equal(RejectionCode.NoNotesInStage, NoteAccess.CheckAdd(board.State, "listen", board.ViewerOf(Facilitator)));
        Assert.Equal(RejectionCode.ObserverReadOnly, NoteAccess.CheckAdd(board.State, "listen", board.ViewerOf(Observer))); // P3 first
    }

    [Fact]
    public void A_step_of_notes_only_refuses_grouping_and_voting_even_with_a_budget()
    {
        var board = WithSteps(Step("write", StageKind.Problem, StageCapabilities.Notes, voteBudget: 3));
        var a = board.AddNote(Alice, "会议多");
        var b = board.AddNote(Bob, "汇报多");

        Assert.Equal(RejectionCode.NoClustersInStage, board.Reject(new CreateCluster(Guid.NewGuid(), [a, b]), Alice));
        Assert.Equal(RejectionCode.VotingClosed, board.Reject(new CastVote(a), Alice));
        Assert.Equal(RejectionCode.VotingClosed, VoteAccess.CheckCast(board.State, a, board.ViewerOf(Bob)));
    }

    [Fact]
    public void Action_items_and_the_summary_go_wherever_a_step_allows_them_whatever_its_kind()
    {
        var board = WithSteps(Step("plan", StageKind.Plan, StageCapabilities.Notes | StageCapabilities.ActionItems | StageCapabilities.Summary));

        board.Accept(new CreateActionItem(Guid.NewGuid(), "下周一前拟出清单", new ActionOwner(Alice, null)), Bob);
        board.Accept(new WriteSummary("先减会"), Alice);
    }

    [Fact]
    public void A_step_without_action_items_or_summary_refuses_them_as_the_classic_stages_do()
    {
        var board = WithSteps(Step("vote", StageKind.Action, StageCapabilities.Notes | StageCapabilities.Voting, voteBudget: 2));

        Assert.Equal(RejectionCode.NotActionStage, board.Reject(
            new CreateActionItem(Guid.NewGuid(), "拟清单", new ActionOwner(Alice, null)), Alice));
        Assert.Equal(RejectionCode.NotSummaryStage, board.Reject(new WriteSummary("总结"), Alice));
        Assert.Equal(RejectionCode.NotSummaryStage, SummaryAccess.CheckWrite(board.State, board.ViewerOf(Facilitator)));
        board.Accept(new CastVote(board.AddNote(Alice)), Bob);
    }

    [Theory]
    [InlineData(StageKind.Problem, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting)]
    [InlineData(StageKind.Plan, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting)]
    [InlineData(StageKind.Action, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting | StageCapabilities.ActionItems)]
    [InlineData(StageKind.Reflection, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting)]
    [InlineData(StageKind.Summary, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting | StageCapabilities.Summary)]
    [InlineData(StageKind.Brainstorm, StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting)]
    public void The_classic_stages_allow_what_their_kind_always_did(StageKind kind, StageCapabilities expected)
    {
        var stage = Stage.From(new StageDefinition("s", kind, new LocalizedText("阶段", "stage"), new LocalizedText("", ""), StageSettings.Open));

        Assert.Null(stage.Capabilities);
        Assert.True(stage.Allows(expected));
        foreach (var other in Enum.GetValues<StageCapabilities>().Where(c => c != StageCapabilities.None && !expected.HasFlag(c)))
            Assert.False(stage.Allows(other), $"{kind} allows {other}");
    }

    [Fact]
    public void The_action_learning_cycle_names_no_capabilities_so_its_boards_read_as_before()
    {
        Assert.All(Templates.StagesOf(WorkshopTemplate.ActionLearning), d => Assert.Null(d.Capabilities));
        Assert.All(Templates.StagesOf(WorkshopTemplate.OpenBrainstorm), d => Assert.Null(d.Capabilities));
    }

    [Fact]
    public void A_stage_stored_before_capabilities_reads_back_with_its_kinds_and_a_steps_own_survive_the_wire()
    {
        var board = WithSteps(Step("write", StageKind.Action, StageCapabilities.Notes));
        var json = SnapshotJson(board.State);
        var stored = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!;
        Assert.Equal(StageCapabilities.Notes, Assert.Single(stored.ToState().Stages).Capabilities);

        // A snapshot written before stages carried capabilities: no such property at all.
        var old = json.Replace("\"capabilities\":\"Notes\",", "").Replace(",\"capabilities\":\"Notes\"", "");
        Assert.DoesNotContain("capabilities", old);
        var oldStage = Assert.Single(JsonSerializer.Deserialize<BoardSnapshot>(old, WireJson.Options)!.ToState().Stages);
        Assert.Null(oldStage.Capabilities);
        Assert.True(oldStage.Allows(StageCapabilities.ActionItems)); // an Action stage, as it always was
    }
}
