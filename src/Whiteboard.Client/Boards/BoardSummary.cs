using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Boards;

/// <summary>What GET /api/boards/{code} tells before joining (the counts it also sends are not needed here).</summary>
public sealed record BoardSummary(Guid BoardId, string Code, string Title, BoardLanguage Language);
