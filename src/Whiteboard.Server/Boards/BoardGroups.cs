namespace Whiteboard.Server.Boards;

/// <summary>SignalR group names. Every connection joined to a board is in its group.</summary>
public static class BoardGroups
{
    public static string Of(Guid boardId) => $"board:{boardId:N}";
}
