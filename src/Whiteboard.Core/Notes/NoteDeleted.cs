using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record NoteDeleted(Guid NoteId) : BoardEvent;
