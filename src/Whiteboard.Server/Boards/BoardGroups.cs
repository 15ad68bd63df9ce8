namespace Whiteboard.Server.Boards;

/// <summary>
/// SignalR group names. A board's connections are split by what they may see: facilitators, and everyone else (participants
/// and observers); each participant's connections are also in their own group, to receive their own hidden work.
/// </summary>
public static class BoardGroups
{
    public static string Facilitators(Guid boardId) => $"board:{boardId:N}:facilitators";

    public static string Others(Guid boardId) => $"board:{boardId:N}:others";

    public static string Participant(Guid participantId) => $"participant:{participantId:N}";

    public static string AudienceOf(Guid boardId, bool facilitator) => facilitator ? Facilitators(boardId) : Others(boardId);
}
