using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record EditNote(Guid NoteId, string Text) : BoardCommand;
