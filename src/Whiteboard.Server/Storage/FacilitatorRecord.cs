namespace Whiteboard.Server.Storage;

/// <summary>
/// Rule O2: a facilitator the office gave a personal link to. Only the link's hash is kept; a revoked link opens nothing,
/// while the facilitator's workshops and record stay until the office deletes them.
/// </summary>
public sealed record FacilitatorRecord(Guid FacilitatorId, string Name, string Unit, string LinkHash, DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}
