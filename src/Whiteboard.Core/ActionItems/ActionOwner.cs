namespace Whiteboard.Core.ActionItems;

/// <summary>Who owns an action item, as a command names them: a participant of the board, or a name in free text.</summary>
public sealed record ActionOwner(Guid? ParticipantId, string? Name);
