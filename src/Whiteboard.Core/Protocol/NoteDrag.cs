namespace Whiteboard.Core.Protocol;

/// <summary>Where a note is while someone drags it. Throttled, relayed to the others, never stored: the drop is a MoveNote command.</summary>
public sealed record NoteDrag(Guid BoardId, Guid NoteId, double X, double Y, Guid ParticipantId);
