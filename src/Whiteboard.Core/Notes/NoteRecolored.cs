using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record NoteRecolored(Guid NoteId, NoteColor Color) : BoardEvent;
