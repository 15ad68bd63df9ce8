using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record MoveNote(Guid NoteId, double X, double Y) : BoardCommand;
