using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Notes;

/// <summary>Rules N1–N10, B6, ST5, ST10, H1, H4: adding, editing, recolouring, moving, deleting and restoring sticky notes.</summary>
internal static class NoteRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role)
    {
        if (command is AddNote add) return DecideAdd(state, add, context, role);
        if (command is RestoreNote restore) return DecideRestore(state, restore, new Viewer(context.ActorId, role));
        var noteId = command switch
        {
            EditNote c => c.NoteId,
            RecolorNote c => c.NoteId,
            MoveNote c => c.NoteId,
            DeleteNote c => c.NoteId,
            _ => Guid.Empty,
        };
        if (!state.Notes.TryGetValue(noteId, out var note)) return RejectionCode.NoteNotFound;
        var viewer = new Viewer(context.ActorId, role);
        var refused = command is MoveNote ? NoteAccess.CheckMove(state, note, viewer) : NoteAccess.CheckChange(state, note, viewer);
        if (refused is { } reason) return reason;
        return command switch
        {
            MoveNote c => CheckPosition(c.X, c.Y) ?? Decision.Accept(new NoteMoved(c.NoteId, Round(c.X), Round(c.Y))),
            EditNote c => CleanText(c.Text, out var text) ?? Decision.Accept(new NoteEdited(c.NoteId, text)),
            RecolorNote c => Enum.IsDefined(c.Color) ? Decision.Accept(new NoteRecolored(c.NoteId, c.Color)) : RejectionCode.MalformedMessage,
            DeleteNote c => Decision.Accept(new NoteDeleted(c.NoteId, Forgotten(state, note))),
            _ => RejectionCode.MalformedMessage,
        };
    }

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        NoteAdded e => state with
        {
            Notes = state.Notes.SetItem(e.NoteId, new Note(e.NoteId, e.StageId, e.Text, e.Color, e.X, e.Y, envelope.ActorId,
                null, e.Hidden, e.Anonymity, envelope.At, envelope.At)),
        },
        NoteEdited e => Update(state, e.NoteId, n => n with { Text = e.Text, UpdatedAt = envelope.At }),
        NoteRecolored e => Update(state, e.NoteId, n => n with { Color = e.Color, UpdatedAt = envelope.At }),
        NoteMoved e => Update(state, e.NoteId, n => n with { X = e.X, Y = e.Y, UpdatedAt = envelope.At }),
        NoteDeleted e => Remove(state, e, envelope),
        NoteRestored e => Restore(state, e.NoteId, envelope.At),
        _ => state,
    };

    /// <summary>
    /// A deleted note takes its votes with it (V5), and a cluster it leaves empty (C2); it is kept as it was, with who
    /// deleted it and when (N10), and pushes the one the server chose out of its author's kept notes.
    /// </summary>
    private static BoardState Remove(BoardState state, NoteDeleted e, EventEnvelope envelope)
    {
        var kept = e.Forgets is { } forgotten ? state.Deleted.Remove(forgotten) : state.Deleted;
        if (!state.Notes.TryGetValue(e.NoteId, out var note)) return state with { Deleted = kept };
        var without = state with
        {
            Notes = state.Notes.Remove(e.NoteId),
            Votes = state.Votes.RemoveAll(v => v.TargetId == e.NoteId),
            Deleted = kept.SetItem(e.NoteId, new DeletedNote(note, envelope.ActorId, envelope.At)),
        };
        return note.ClusterId is { } clusterId ? Clusters.ClusterRules.RemoveIfEmpty(without, clusterId) : without;
    }

    /// <summary>Rule N10: the note comes back as it was, in its former cluster only if that still exists; its votes do not (V5).</summary>
    private static BoardState Restore(BoardState state, Guid noteId, DateTimeOffset at)
    {
        if (!state.Deleted.TryGetValue(noteId, out var deleted)) return state;
        var note = deleted.Note;
        var cluster = note.ClusterId is { } id && state.Clusters.TryGetValue(id, out var c) && c.StageId == note.StageId ? id : (Guid?)null;
        return state with
        {
            Notes = state.Notes.SetItem(noteId, note with { ClusterId = cluster, UpdatedAt = at }),
            Deleted = state.Deleted.Remove(noteId),
        };
    }

    /// <summary>
    /// Rule N10: an author keeps at most <see cref="BoardLimits.MaxDeletedNotesKeptPerAuthor"/> deleted notes, private and
    /// shared ones counted apart — so that the one pushed out is always seen by exactly those who see the new one (H1).
    /// </summary>
    private static Guid? Forgotten(BoardState state, Note deleting)
    {
        // One pass, no list or sort: every delete on the board runs this over all its kept deleted notes.
        var kept = 0;
        DeletedNote? oldest = null;
        foreach (var (_, d) in state.Deleted)
        {
            if (d.Note.AuthorId != deleting.AuthorId || d.Note.Hidden != deleting.Hidden) continue;
            kept++;
            if (oldest is null || d.DeletedAt < oldest.DeletedAt || (d.DeletedAt == oldest.DeletedAt && d.Note.Id.CompareTo(oldest.Note.Id) < 0))
                oldest = d;
        }
        return kept < BoardLimits.MaxDeletedNotesKeptPerAuthor ? null : oldest!.Note.Id;
    }

    /// <summary>Rules N10, N4, N9: a restored note counts again toward the board's notes and its author's quota.</summary>
    private static Decision DecideRestore(BoardState state, RestoreNote restore, Viewer viewer)
    {
        if (NoteAccess.CheckRestore(state, restore.NoteId, viewer) is { } refused) return refused;
        var note = state.Deleted[restore.NoteId].Note;
        if (state.Notes.Count >= BoardLimits.MaxNotesPerBoard) return RejectionCode.TooManyNotes;
        var authorIsFacilitator = state.Participants.TryGetValue(note.AuthorId, out var author) && author.Role == ParticipantRole.Facilitator;
        if (!authorIsFacilitator && NotesBy(state, note.AuthorId, note.StageId) >= BoardLimits.MaxNotesPerParticipantPerStage)
            return RejectionCode.NoteQuotaReached;
        return Decision.Accept(new NoteRestored(restore.NoteId));
    }

    private static Decision DecideAdd(BoardState state, AddNote add, CommandContext context, ParticipantRole role)
    {
        if (add.NoteId == Guid.Empty || !Enum.IsDefined(add.Color)) return RejectionCode.MalformedMessage;
        if (state.Notes.ContainsKey(add.NoteId) || state.Deleted.ContainsKey(add.NoteId)) return RejectionCode.NoteAlreadyExists;
        if (state.HoldsId(add.NoteId)) return RejectionCode.IdInUse; // B6
        if (StageAccess.CheckChangeAllowing(state, add.StageId, StageCapabilities.Notes, RejectionCode.NoNotesInStage,
                new Viewer(context.ActorId, role)) is { } closed) return closed; // ST5, ST10
        if (state.Notes.Count >= BoardLimits.MaxNotesPerBoard) return RejectionCode.TooManyNotes;
        if (role != ParticipantRole.Facilitator && NotesBy(state, context.ActorId, add.StageId) >= BoardLimits.MaxNotesPerParticipantPerStage)
            return RejectionCode.NoteQuotaReached; // N9
        var settings = state.StageById(add.StageId)!.Settings;
        var anonymity = settings.Anonymity;
        return CleanText(add.Text, out var text) ?? CheckPosition(add.X, add.Y)
            ?? Decision.Accept(new NoteAdded(add.NoteId, add.StageId, text, add.Color, Round(add.X), Round(add.Y),
                settings.PrivateWriting, anonymity));
    }

    /// <summary>N9: what one person wrote in a stage that is still on the board (deleted notes give the room back).</summary>
    private static int NotesBy(BoardState state, Guid authorId, string stageId) =>
        state.Notes.Values.Count(n => n.AuthorId == authorId && n.StageId == stageId);

    private static Decision? CleanText(string raw, out string text)
    {
        (text, var refused) = TypedText.NoteText.Check(raw);
        return refused is { } code ? code : null;
    }

    private static Decision? CheckPosition(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x) <= BoardLimits.MaxCoordinate && Math.Abs(y) <= BoardLimits.MaxCoordinate
            ? null
            : RejectionCode.PositionOutOfRange;

    /// <summary>N3: positions are whole canvas pixels, so every client draws the same place.</summary>
    private static double Round(double v) => Math.Round(v, MidpointRounding.AwayFromZero);

    private static BoardState Update(BoardState state, Guid noteId, Func<Note, Note> change) =>
        state.Notes.TryGetValue(noteId, out var note) ? state with { Notes = state.Notes.SetItem(noteId, change(note)) } : state;
}
