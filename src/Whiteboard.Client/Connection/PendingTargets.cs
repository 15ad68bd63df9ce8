using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Connection;

/// <summary>The notes, clusters and action items a command changes: while it is pending they are marked as not yet saved.</summary>
public static class PendingTargets
{
    public static IEnumerable<Guid> Of(BoardCommand command) => command switch
    {
        AddNote c => [c.NoteId],
        EditNote c => [c.NoteId],
        RecolorNote c => [c.NoteId],
        MoveNote c => [c.NoteId],
        AddToCluster c => [c.NoteId, c.ClusterId],
        RemoveFromCluster c => [c.NoteId],
        CreateCluster c => [c.ClusterId, .. c.NoteIds],
        RenameCluster c => [c.ClusterId],
        CastVote c => [c.TargetId],
        RetractVote c => [c.TargetId],
        CreateActionItem c => [c.ActionItemId],
        EditActionItem c => [c.ActionItemId],
        UpdateActionProgress c => [c.ActionItemId],
        _ => [],
    };
}
