using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Notes;

/// <summary>
/// A note editor's unsaved text as the browser keeps it: which note (null for a new one), the stage a new note was begun
/// in, the text and the colour. It survives a reload, a reconnect and a stage change until saved or discarded.
/// </summary>
public sealed record KeptDraft(Guid? NoteId, string? StageId, string Text, NoteColor Color);
