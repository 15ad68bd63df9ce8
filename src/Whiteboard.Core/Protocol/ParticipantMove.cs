namespace Whiteboard.Core.Protocol;

/// <summary>Tells a participant's browsers they now belong to another group: they join again and land there.</summary>
public sealed record ParticipantMove(Guid ParticipantId, Guid FromBoardId, Guid ToBoardId);
