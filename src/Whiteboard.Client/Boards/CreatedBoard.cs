namespace Whiteboard.Client.Boards;

/// <summary>The answer to creating a board. The facilitator link carries the secret and is shown only this once.</summary>
public sealed record CreatedBoard(Guid BoardId, string Code, string JoinUrl, string FacilitatorUrl);
