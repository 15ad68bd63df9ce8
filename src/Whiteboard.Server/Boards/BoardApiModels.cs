using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Boards;

// The HTTP API's wire shapes (docs/PROTOCOL.md), separate from the board's state and the store's records.

public sealed record CreateBoardRequest(string? Title, string? Language = null);

public sealed record CreateBoardResponse(Guid BoardId, string Code, string JoinUrl, string FacilitatorUrl);

public sealed record BoardInfo(Guid BoardId, string Code, string Title, string Language, int Participants, int Notes);

public sealed record ApiError(RejectionCode Code, string Message);
