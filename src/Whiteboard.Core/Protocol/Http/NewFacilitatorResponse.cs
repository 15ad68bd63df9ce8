namespace Whiteboard.Core.Protocol.Http;

/// <summary>The facilitator made and their link, shown this once (only its hash is kept).</summary>
public sealed record NewFacilitatorResponse(FacilitatorSummary Facilitator, string Link);
