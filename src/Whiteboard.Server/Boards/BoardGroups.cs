namespace Whiteboard.Server.Boards;

/// <summary>
/// SignalR group names. A board's connections are split by what they may see: facilitators, and everyone else (participants
/// and observers). A person's own hidden work goes to their connections by id, as presence knows them.
/// </summary>
public static class BoardGroups
{
    public static string Facilitators(Guid boardId) => $"board:{boardId:N}:facilitators";

    public static string Others(Guid boardId) => $"board:{boardId:N}:others";

    public static string AudienceOf(Guid boardId, bool facilitator) => facilitator ? Facilitators(boardId) : Others(boardId);
}
