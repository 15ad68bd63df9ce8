using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>POST /api/boards: the quick single board (a one-group open-brainstorm workshop).</summary>
public sealed record CreateBoardRequest(string? Title, BoardLanguage Language = BoardLanguage.ZhCn);
