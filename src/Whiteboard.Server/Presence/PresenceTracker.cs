namespace Whiteboard.Server.Presence;

/// <summary>
/// Who is online on each board of this node: a participant is online while at least one of their connections is open.
/// Memory only (rule S3); the board's participants list itself is stored.
/// </summary>
public sealed class PresenceTracker
{
    private readonly Dictionary<Guid, Dictionary<Guid, HashSet<string>>> _boards = [];
    private readonly Lock _lock = new();

    /// <summary>True when this connection made the participant come online.</summary>
    public bool Connect(Guid boardId, Guid participantId, string connectionId)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(boardId, out var participants)) _boards[boardId] = participants = [];
            if (!participants.TryGetValue(participantId, out var connections)) participants[participantId] = connections = [];
            return connections.Add(connectionId) && connections.Count == 1;
        }
    }

    /// <summary>True when this was the participant's last connection: they went offline.</summary>
    public bool Disconnect(Guid boardId, Guid participantId, string connectionId)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(boardId, out var participants) || !participants.TryGetValue(participantId, out var connections))
                return false;
            if (!connections.Remove(connectionId) || connections.Count > 0) return false;
            participants.Remove(participantId);
            if (participants.Count == 0) _boards.Remove(boardId);
            return true;
        }
    }

    public IReadOnlyList<Guid> Online(Guid boardId)
    {
        lock (_lock)
            return _boards.TryGetValue(boardId, out var participants) ? [.. participants.Keys] : [];
    }
}
