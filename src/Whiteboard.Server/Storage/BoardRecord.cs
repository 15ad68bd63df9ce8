namespace Whiteboard.Server.Storage;

/// <summary>What the store keeps about a board besides its events: how to find it and who may facilitate it.</summary>
public sealed record BoardRecord(Guid BoardId, string Code, string FacilitatorSecretHash, DateTimeOffset CreatedAt);
