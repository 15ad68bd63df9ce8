using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Clusters;

/// <summary>Rules C1–C5: grouping visible notes of the current stage into named clusters.</summary>
internal static class ClusterRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role)
    {
        var viewer = new Viewer(context.ActorId, role);
        switch (command)
        {
            case CreateCluster c:
                if (c.ClusterId == Guid.Empty) return RejectionCode.MalformedMessage;
                if (state.Clusters.ContainsKey(c.ClusterId)) return RejectionCode.ClusterAlreadyExists;
                if (state.HoldsId(c.ClusterId)) return RejectionCode.IdInUse; // B6
                var ids = c.NoteIds.Distinct().ToList();
                if (ids.Count < 2) return RejectionCode.ClusterNeedsTwoNotes;
                var notes = new List<Note>();
                foreach (var id in ids)
                {
                    if (ClusterAccess.CheckNote(state, id, viewer) is { } problem) return problem;
                    notes.Add(state.Notes[id]);
                }
                var stageId = notes[0].StageId;
                if (notes.Any(n => n.StageId != stageId)) return RejectionCode.MalformedMessage;
                if (ClusterAccess.CheckArrange(state, stageId, viewer) is { } closed) return closed;
                return CleanTitle(c.Title, out var title) ?? Decision.Accept(new ClusterCreated(c.ClusterId, stageId, title, ids));

            case AddToCluster c:
                if (ClusterAccess.CheckNote(state, c.NoteId, viewer) is { } notVisible) return notVisible;
                if (!state.Clusters.TryGetValue(c.ClusterId, out var target)) return RejectionCode.ClusterNotFound;
                if (state.Notes[c.NoteId].StageId != target.StageId) return RejectionCode.MalformedMessage;
                return ClusterAccess.CheckArrange(state, target.StageId, viewer) ?? Decision.Accept(new NoteClustered(c.NoteId, c.ClusterId));

            case RemoveFromCluster c:
                if (ClusterAccess.CheckNote(state, c.NoteId, viewer) is { } missing) return missing;
                if (state.Notes[c.NoteId].ClusterId is not { } from) return RejectionCode.NotInCluster;
                return ClusterAccess.CheckArrange(state, state.Notes[c.NoteId].StageId, viewer) ?? Decision.Accept(new NoteUnclustered(c.NoteId, from));

            case RenameCluster c:
                if (!state.Clusters.TryGetValue(c.ClusterId, out var renamed)) return RejectionCode.ClusterNotFound;
                return ClusterAccess.CheckArrange(state, renamed.StageId, viewer)
                    ?? CleanTitle(c.Title, out var newTitle) ?? Decision.Accept(new ClusterRenamed(c.ClusterId, newTitle));

            case DissolveCluster c:
                if (!state.Clusters.TryGetValue(c.ClusterId, out var dissolved)) return RejectionCode.ClusterNotFound;
                return ClusterAccess.CheckArrange(state, dissolved.StageId, viewer) ?? Decision.Accept(new ClusterDissolved(c.ClusterId));

            default:
                return RejectionCode.MalformedMessage;
        }
    }

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        ClusterCreated e => e.NoteIds.Aggregate(
            state with { Clusters = state.Clusters.SetItem(e.ClusterId, new Cluster(e.ClusterId, e.StageId, e.Title, envelope.At)) },
            (s, noteId) => Join(s, noteId, e.ClusterId)),
        NoteClustered e => Join(state, e.NoteId, e.ClusterId),
        NoteUnclustered e => RemoveIfEmpty(SetCluster(state, e.NoteId, null), e.ClusterId),
        ClusterRenamed e => state.Clusters.TryGetValue(e.ClusterId, out var c)
            ? state with { Clusters = state.Clusters.SetItem(e.ClusterId, c with { Title = e.Title }) }
            : state,
        ClusterDissolved e => Dissolve(state, e.ClusterId),
        _ => state,
    };

    /// <summary>C2: a cluster with no notes left is gone, and so are the votes on it (V5).</summary>
    public static BoardState RemoveIfEmpty(BoardState state, Guid clusterId) =>
        state.Notes.Values.Any(n => n.ClusterId == clusterId) ? state : Dissolve(state, clusterId);

    private static BoardState Dissolve(BoardState state, Guid clusterId)
    {
        var notes = state.Notes;
        foreach (var n in state.Notes.Values.Where(n => n.ClusterId == clusterId)) notes = notes.SetItem(n.Id, n with { ClusterId = null });
        return state with
        {
            Notes = notes,
            Clusters = state.Clusters.Remove(clusterId),
            Votes = state.Votes.RemoveAll(v => v.TargetId == clusterId),
        };
    }

    /// <summary>A note is in one cluster at most (C2): joining one leaves the previous, which may then be empty.</summary>
    private static BoardState Join(BoardState state, Guid noteId, Guid clusterId)
    {
        var previous = state.Notes.TryGetValue(noteId, out var n) ? n.ClusterId : null;
        var joined = SetCluster(state, noteId, clusterId);
        return previous is { } old && old != clusterId ? RemoveIfEmpty(joined, old) : joined;
    }

    private static BoardState SetCluster(BoardState state, Guid noteId, Guid? clusterId) =>
        state.Notes.TryGetValue(noteId, out var note) ? state with { Notes = state.Notes.SetItem(noteId, note with { ClusterId = clusterId }) } : state;

    private static Decision? CleanTitle(string raw, out string title)
    {
        (title, var refused) = TypedText.ClusterTitle.Check(raw);
        return refused is { } code ? code : null;
    }
}
