using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>GET /api/boards/{code}: the quick board (group 1) as anyone with the code may know it.</summary>
public sealed record BoardInfo(Guid BoardId, string Code, string Title, BoardLanguage Language, int Participants, int Notes);
