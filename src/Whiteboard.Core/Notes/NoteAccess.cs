using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Notes;

/// <summary>What a viewer may do with notes now (rules N1, N5, N6, N10, H1, H4, ST5): why not, or null when allowed.</summary>
public static class NoteAccess
{
    /// <summary>
    /// Rules N1, ST5, ST10: adding a note to a stage now, one that takes notes. With no stage current a screen can say so
    /// (<see cref="RejectionCode.NoCurrentStage"/>).
    /// </summary>
    public static RejectionCode? CheckAdd(BoardState state, string stageId, Viewer viewer) =>
        StageAccess.CheckNotObserver(viewer) ?? (state.CurrentStage is null ? RejectionCode.NoCurrentStage
            : StageAccess.CheckChangeAllowing(state, stageId, StageCapabilities.Notes, RejectionCode.NoNotesInStage, viewer));

    /// <summary>Rules N6, H1, H4, ST5: anyone may move any note they can see, but a hidden note only its author.</summary>
    public static RejectionCode? CheckMove(BoardState state, Note note, Viewer viewer)
    {
        if (StageAccess.CheckNotObserver(viewer) is { } readOnly) return readOnly;
        if (!Visibility.CanSee(note, viewer)) return RejectionCode.NoteNotFound; // H1: it does not exist for them
        if (StageAccess.CheckChange(state, note.StageId, viewer) is { } closed) return closed;
        return note.Hidden && note.AuthorId != viewer.ParticipantId ? RejectionCode.HiddenNote : null; // H4
    }

    /// <summary>Rule N5 (and those of moving): a note's words, colour and existence are its author's, or a facilitator's.</summary>
    public static RejectionCode? CheckChange(BoardState state, Note note, Viewer viewer) =>
        CheckMove(state, note, viewer)
            ?? (note.AuthorId == viewer.ParticipantId || viewer.IsFacilitator ? null : RejectionCode.NotAllowed);

    /// <summary>
    /// Rule N10 (with N5, ST5, H1, H4): restoring a recently deleted note is for its author or a facilitator, in its own
    /// stage while that may be changed. A live note is not deleted; one nobody kept, or this viewer may not see, is not found.
    /// </summary>
    public static RejectionCode? CheckRestore(BoardState state, Guid noteId, Viewer viewer)
    {
        if (StageAccess.CheckNotObserver(viewer) is { } readOnly) return readOnly;
        if (state.Deleted.TryGetValue(noteId, out var deleted) && Visibility.CanSee(deleted.Note, viewer)) return CheckChange(state, deleted.Note, viewer);
        return state.Notes.TryGetValue(noteId, out var live) && Visibility.CanSee(live, viewer) ? RejectionCode.NoteNotDeleted : RejectionCode.NoteNotFound;
    }

    /// <summary>
    /// Rules H1, H4: a note the room can work with — clustered, voted on, made an action item — is one this viewer sees
    /// and that is revealed; a hidden note is not yet the room's, not even for those who can see it.
    /// </summary>
    public static RejectionCode? CheckRevealed(BoardState state, Guid noteId, Viewer viewer) =>
        !state.Notes.TryGetValue(noteId, out var note) || !Visibility.CanSee(note, viewer) ? RejectionCode.NoteNotFound
        : note.Hidden ? RejectionCode.HiddenNote
        : null;
}
