using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Workshops;

// The HTTP API's wire shapes (docs/PROTOCOL.md), separate from the boards' state and the store's records.

public sealed record CreateWorkshopRequest(string? Title, string? Language = null, string? Template = null, int Groups = 1);

public sealed record CreateWorkshopResponse(
    Guid WorkshopId, string Code, string JoinUrl, string FacilitatorUrl, string ObserverUrl, IReadOnlyList<GroupInfo> Boards);

public sealed record CreateBoardRequest(string? Title, string? Language = null);

public sealed record CreateBoardResponse(Guid BoardId, string Code, string JoinUrl, string FacilitatorUrl);

public sealed record GroupSummary(Guid BoardId, int GroupNumber, int Participants, int Notes, string? CurrentStage);

public sealed record WorkshopSummary(
    Guid WorkshopId, string Code, string Title, string Language, string Template, IReadOnlyList<GroupSummary> Groups);

public sealed record BoardInfo(Guid BoardId, string Code, string Title, string Language, int Participants, int Notes);

public sealed record ApiError(RejectionCode Code, string Message);
