namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// The facilitator turns a group's work into a case (rule K1). <see cref="OpId"/> is the browser's and becomes the case's
/// id, so sending it again after a dropped answer makes no second case.
/// </summary>
public sealed record NewCaseRequest(Guid OpId, Guid BoardId);
