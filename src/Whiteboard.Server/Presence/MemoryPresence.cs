namespace Whiteboard.Server.Presence;

/// <summary>Presence in this process: the embedded mode, where one node holds every connection.</summary>
public sealed class MemoryPresence : IPresence
{
    private readonly Dictionary<Guid, Dictionary<Guid, HashSet<string>>> _boards = [];
    private readonly Lock _lock = new();

    public Task<bool> ConnectAsync(Guid boardId, Guid participantId, string connectionId) =>
        Task.FromResult(Connect(boardId, participantId, connectionId));

    public Task<bool> DisconnectAsync(Guid boardId, Guid participantId, string connectionId) =>
        Task.FromResult(Disconnect(boardId, participantId, connectionId));

    public Task<IReadOnlyList<string>> ConnectionsOfAsync(Guid boardId, Guid participantId) =>
        Task.FromResult(ConnectionsOf(boardId, participantId));

    public Task<IReadOnlyList<Guid>> OnlineAsync(Guid boardId) => Task.FromResult(Online(boardId));

    private bool Connect(Guid boardId, Guid participantId, string connectionId)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(boardId, out var participants)) _boards[boardId] = participants = [];
            if (!participants.TryGetValue(participantId, out var connections)) participants[participantId] = connections = [];
            return connections.Add(connectionId) && connections.Count == 1;
        }
    }

    private bool Disconnect(Guid boardId, Guid participantId, string connectionId)
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

    private IReadOnlyList<string> ConnectionsOf(Guid boardId, Guid participantId)
    {
        lock (_lock)
            return _boards.TryGetValue(boardId, out var participants) && participants.TryGetValue(participantId, out var connections)
                ? [.. connections]
                : [];
    }

    private IReadOnlyList<Guid> Online(Guid boardId)
    {
        lock (_lock)
            return _boards.TryGetValue(boardId, out var participants) ? [.. participants.Keys] : [];
    }
}
