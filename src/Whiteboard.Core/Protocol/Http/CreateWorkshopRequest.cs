using Whiteboard.Core.Boards;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>POST /api/workshops.</summary>
public sealed record CreateWorkshopRequest(
    string? Title, BoardLanguage Language = BoardLanguage.ZhCn, WorkshopTemplate Template = WorkshopTemplate.ActionLearning, int Groups = 1);
