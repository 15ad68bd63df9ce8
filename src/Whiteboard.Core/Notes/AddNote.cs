using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record AddNote(Guid NoteId, string Text, NoteColor Color, double X, double Y) : BoardCommand;
