using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record NoteMoved(Guid NoteId, double X, double Y) : BoardEvent;
