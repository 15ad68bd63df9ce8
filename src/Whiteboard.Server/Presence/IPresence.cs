namespace Whiteboard.Server.Presence;

/// <summary>
/// Who is online on each board (rule S3: memory, never board state): a participant is online while at least one of their
/// connections is open, on any node. Two implementations: in this process (embedded mode) and in Redis (several nodes,
/// entries that expire so a dead node leaves no ghosts).
/// </summary>
public interface IPresence
{
    /// <summary>True when this connection made the participant come online.</summary>
    Task<bool> ConnectAsync(Guid boardId, Guid participantId, string connectionId);

    /// <summary>True when this was the participant's last connection: they went offline.</summary>
    Task<bool> DisconnectAsync(Guid boardId, Guid participantId, string connectionId);

    /// <summary>The participant's open connections on the board, to leave them out of a broadcast meant for the others.</summary>
    Task<IReadOnlyList<string>> ConnectionsOfAsync(Guid boardId, Guid participantId);

    Task<IReadOnlyList<Guid>> OnlineAsync(Guid boardId);
}
