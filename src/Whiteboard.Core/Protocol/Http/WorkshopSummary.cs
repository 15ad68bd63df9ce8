using Whiteboard.Core.Boards;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>GET /api/workshops/{code}: what anyone with the code may know before joining.</summary>
public sealed record WorkshopSummary(
    Guid WorkshopId, string Code, string Title, BoardLanguage Language, WorkshopTemplate Template, IReadOnlyList<GroupSummary> Groups);
