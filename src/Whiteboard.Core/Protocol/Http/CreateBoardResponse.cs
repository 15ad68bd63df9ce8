namespace Whiteboard.Core.Protocol.Http;

/// <summary>The answer to creating a quick board. The facilitator link carries the secret and is shown only this once.</summary>
public sealed record CreateBoardResponse(Guid BoardId, string Code, string JoinUrl, string FacilitatorUrl);
