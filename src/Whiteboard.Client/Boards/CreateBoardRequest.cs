using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Boards;

/// <summary>POST /api/boards.</summary>
public sealed record CreateBoardRequest(string Title, BoardLanguage Language);
