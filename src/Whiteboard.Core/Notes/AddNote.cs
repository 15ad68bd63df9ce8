using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

/// <summary>Adds a note to the current stage; naming the stage lets the server refuse a note meant for a stage that has closed meanwhile.</summary>
public sealed record AddNote(Guid NoteId, string StageId, string Text, NoteColor Color, double X, double Y) : BoardCommand;
