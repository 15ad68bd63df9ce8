using Whiteboard.Core.Flows;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// PUT /api/workshops/{code}/flow (facilitator): the workshop's flow as revised while it runs (rule F5). <see cref="OpId"/>
/// is the browser's id for the change: sent again, it is applied once on every group's board.
/// </summary>
public sealed record ReviseFlowRequest(Guid OpId, Flow Flow);
