using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Undo;

/// <summary>
/// What reverses a person's change, worked out from the board as shown just before it. Ordinary commands: the server
/// decides them like any other (a delete's reverse is a restore, rule N10; votes and notes stay within their rules).
/// </summary>
public static class UndoSteps
{
    /// <summary>The commands that take <paramref name="command"/> back, in order; null for one that is not undone.</summary>
    public static IReadOnlyList<BoardCommand>? Inverse(BoardState before, BoardCommand command) => command switch
    {
        AddNote c => [new DeleteNote(c.NoteId)],
        DeleteNote c when before.Notes.ContainsKey(c.NoteId) => [new RestoreNote(c.NoteId)],
        RestoreNote c when before.Deleted.ContainsKey(c.NoteId) => [new DeleteNote(c.NoteId)],
        EditNote c when before.Notes.TryGetValue(c.NoteId, out var n) => [new EditNote(c.NoteId, n.Text)],
        RecolorNote c when before.Notes.TryGetValue(c.NoteId, out var n) => [new RecolorNote(c.NoteId, n.Color)],
        MoveNote c when before.Notes.TryGetValue(c.NoteId, out var n) => [new MoveNote(c.NoteId, n.X, n.Y)],
        CreateCluster c => [new DissolveCluster(c.ClusterId)],
        DissolveCluster c when before.Clusters.TryGetValue(c.ClusterId, out var cluster) && before.MembersOf(c.ClusterId).Count() >= 2 =>
            [new CreateCluster(c.ClusterId, [.. before.MembersOf(c.ClusterId).Select(n => n.Id)], cluster.Title)],
        RenameCluster c when before.Clusters.TryGetValue(c.ClusterId, out var cluster) => [new RenameCluster(c.ClusterId, cluster.Title)],
        AddToCluster c when before.Notes.TryGetValue(c.NoteId, out var n) => n.ClusterId is { } was && Outlives(before, was, c.NoteId)
            ? [new AddToCluster(c.NoteId, was)]
            : [new RemoveFromCluster(c.NoteId)],
        RemoveFromCluster c when before.Notes.TryGetValue(c.NoteId, out var n) && n.ClusterId is { } was && Outlives(before, was, c.NoteId) =>
            [new AddToCluster(c.NoteId, was)],
        CastVote c => [new RetractVote(c.TargetId)],
        RetractVote c => [new CastVote(c.TargetId)],
        _ => null,
    };

    /// <summary>Rule C2: a cluster a note leaves is still there afterwards only if other notes are in it.</summary>
    private static bool Outlives(BoardState state, Guid clusterId, Guid leaving) => state.MembersOf(clusterId).Any(n => n.Id != leaving);
}
