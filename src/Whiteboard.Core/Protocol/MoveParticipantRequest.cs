namespace Whiteboard.Core.Protocol;

/// <summary>The facilitator moves a participant to another group (rule W3).</summary>
public sealed record MoveParticipantRequest(Guid OpId, Guid ParticipantId, Guid ToBoardId);
