using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;

namespace Whiteboard.Core.Tests;

/// <summary>Rule B6: one id names one thing on a board — a note, a cluster or an action item, never two of them.</summary>
public class IdTests
{
    [Fact]
    public void A_note_cannot_take_a_clusters_id()
    {
        // Rule B6: the audit's attack — a hidden note with a visible cluster's id made votes on the cluster fail and, after
        // the reveal, one vote count for both.
        var board = ActionLearningAt(StageIds.Problem); // private writing: new notes are hidden
        var a = board.AddNote(Alice, "会议太多", stageId: StageIds.Problem);
        var b = board.AddNote(Bob, "会议太长", stageId: StageIds.Problem);
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b], "会议"), Alice);

        Assert.Equal(RejectionCode.IdInUse,
            board.Reject(new AddNote(cluster, StageIds.Problem, "冒名", NoteColor.Yellow, 0, 0), Carol));
        board.Accept(new CastVote(cluster), Bob);
        Assert.Single(board.State.Votes, v => v.TargetId == cluster);
    }

    [Fact]
    public void A_cluster_cannot_take_a_notes_or_an_action_items_id()
    {
        // Rule B6
        var board = ActionLearningAt(StageIds.Action);
        var a = board.AddNote(Alice, "先做试点", stageId: StageIds.Action);
        var b = board.AddNote(Bob, "再推广", stageId: StageIds.Action);
        var item = new CreateActionItem(Guid.NewGuid(), "开试点会", new ActionOwner(Alice, null), null, null);
        board.Accept(item, Alice);

        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateCluster(a, [a, b], "试点"), Bob));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateCluster(item.ActionItemId, [a, b], "试点"), Bob));
    }

    [Fact]
    public void An_action_item_cannot_take_a_notes_or_a_clusters_id()
    {
        // Rule B6
        var board = ActionLearningAt(StageIds.Action);
        var a = board.AddNote(Alice, "先做试点", stageId: StageIds.Action);
        var b = board.AddNote(Bob, "再推广", stageId: StageIds.Action);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b], "试点"), Bob);

        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateActionItem(a, "开会", new ActionOwner(Alice, null), null, null), Alice));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateActionItem(cluster, "开会", new ActionOwner(Alice, null), null, null), Alice));
    }

    [Fact]
    public void Hidden_notes_hold_their_ids_too()
    {
        // Rule B6, H1: the server decides on the whole board, hidden notes included.
        var board = ActionLearningAt(StageIds.Problem);
        var hidden = board.AddNote(Alice, "还没公开", stageId: StageIds.Problem);

        Assert.True(board.Note(hidden).Hidden);
        Assert.True(board.State.HoldsId(hidden));
        Assert.Equal(RejectionCode.NoteAlreadyExists,
            board.Reject(new AddNote(hidden, StageIds.Problem, "同号", NoteColor.Yellow, 0, 0), Bob));
    }
}
