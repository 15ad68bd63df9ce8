using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record DeleteNote(Guid NoteId) : BoardCommand;
