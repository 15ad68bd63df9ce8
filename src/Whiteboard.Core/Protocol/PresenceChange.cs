namespace Whiteboard.Core.Protocol;

/// <summary>A participant came online (first connection) or went offline (last connection closed). Not stored.</summary>
public sealed record PresenceChange(Guid BoardId, Guid ParticipantId, bool Online);
