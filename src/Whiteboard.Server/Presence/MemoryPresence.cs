namespace Whiteboard.Server.Presence;

/// <summary>Presence in this process: the embedded mode, where one node holds every connection.</summary>
public sealed class MemoryPresence : IPresence
{
    /// <summary>
    /// Board → person → their connection ids. Nearly everyone has one connection, so each person's are a small array
    /// replaced on change rather than a set (a set and its buckets cost ≈ 180 bytes a person, kept while they are joined).
    /// </summary>
    private readonly Dictionary<Guid, Dictionary<Guid, string[]>> _boards = [];
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
            var connections = participants.GetValueOrDefault(participantId, []);
            if (connections.Contains(connectionId)) return false;
            participants[participantId] = [.. connections, connectionId];
            return connections.Length == 0;
        }
    }

    private bool Disconnect(Guid boardId, Guid participantId, string connectionId)
    {
        lock (_lock)
        {
            if (!_boards.TryGetValue(boardId, out var participants) || !participants.TryGetValue(participantId, out var connections))
                return false;
            if (!connections.Contains(connectionId)) return false;
            if (connections.Length > 1)
            {
                participants[participantId] = [.. connections.Where(c => c != connectionId)];
                return false;
            }
            participants.Remove(participantId);
            if (participants.Count == 0) _boards.Remove(boardId);
            return true;
        }
    }

    private IReadOnlyList<string> ConnectionsOf(Guid boardId, Guid participantId)
    {
        lock (_lock)
            return _boards.TryGetValue(boardId, out var participants) && participants.TryGetValue(participantId, out var connections)
                ? connections // never changed in place: a change replaces the array
                : [];
    }

    private IReadOnlyList<Guid> Online(Guid boardId)
    {
        lock (_lock)
            return _boards.TryGetValue(boardId, out var participants) ? [.. participants.Keys] : [];
    }
}
