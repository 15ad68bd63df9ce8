using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record NoteEdited(Guid NoteId, string Text) : BoardEvent;
