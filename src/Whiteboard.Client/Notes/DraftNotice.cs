namespace Whiteboard.Client.Notes;

/// <summary>Why the note editor tells the person their draft is kept (the stage or the note changed while they typed).</summary>
public enum DraftNotice
{
    /// <summary>The stage was locked: saving waits until it opens again.</summary>
    StageLocked,
    /// <summary>No stage is open any more (done, or the session is over): saving waits until one opens.</summary>
    StageClosed,
    /// <summary>The facilitator moved on to another stage: a new note is saved to the current one.</summary>
    StageChanged,
    /// <summary>The note being edited was deleted meanwhile: saving is refused, and the words come back as a new note.</summary>
    NoteGone,
}
