namespace Whiteboard.Core.Protocol.Http;

/// <summary>The answer to creating a workshop. The facilitator and observer links carry secrets and are shown only this once.</summary>
public sealed record CreateWorkshopResponse(
    Guid WorkshopId, string Code, string JoinUrl, string FacilitatorUrl, string ObserverUrl, IReadOnlyList<GroupInfo> Boards);
