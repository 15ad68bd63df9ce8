namespace Whiteboard.Server.Storage;

public enum AppendResult
{
    Appended,
    /// <summary>The operation id was already applied on this board: nothing was written.</summary>
    DuplicateOperation,
    /// <summary>Another writer appended first: the caller catches up and decides again.</summary>
    SequenceConflict,
    /// <summary>The board is no longer in the store (its workshop was deleted): nothing was written.</summary>
    BoardGone,
}
