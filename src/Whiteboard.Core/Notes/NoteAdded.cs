using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

/// <summary>The author is the envelope's actor, the time its timestamp.</summary>
public sealed record NoteAdded(Guid NoteId, string StageId, string Text, NoteColor Color, double X, double Y, bool Hidden, NoteAnonymity Anonymity) : BoardEvent;
