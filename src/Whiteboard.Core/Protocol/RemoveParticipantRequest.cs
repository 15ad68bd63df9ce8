namespace Whiteboard.Core.Protocol;

/// <summary>The facilitator removes a participant or an observer from the workshop (rule P6).</summary>
public sealed record RemoveParticipantRequest(Guid OpId, Guid ParticipantId);
