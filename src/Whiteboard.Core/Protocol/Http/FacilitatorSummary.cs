namespace Whiteboard.Core.Protocol.Http;

/// <summary>A facilitator the office gave a link to (rule O2), as the office's list shows them; never the link itself.</summary>
public sealed record FacilitatorSummary(Guid FacilitatorId, string Name, string Unit, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt,
    int Workshops);
