using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

/// <summary>The note comes back from the board's recently deleted notes, as it was (rule N10).</summary>
public sealed record NoteRestored(Guid NoteId) : BoardEvent;
