using System.Collections.Concurrent;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>The boards this node holds in memory, loaded from the store on first use and dropped when idle.</summary>
public sealed class BoardRooms(IBoardStore store, BoardBroadcaster broadcaster, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<BoardRoom>>> _rooms = new();

    /// <summary>The board's room, up to date with the store, or null when the store has no such board.</summary>
    public async Task<BoardRoom?> FreshAsync(Guid boardId, CancellationToken ct)
    {
        var room = await FindAsync(boardId, ct);
        if (room is not null) await room.RefreshAsync(ct);
        return room;
    }

    /// <summary>The board's room, or null when the store has no such board.</summary>
    public async Task<BoardRoom?> FindAsync(Guid boardId, CancellationToken ct)
    {
        var lazy = _rooms.GetOrAdd(boardId, id => new Lazy<Task<BoardRoom>>(() => LoadAsync(id)));
        BoardRoom room;
        try
        {
            room = await lazy.Value.WaitAsync(ct);
        }
        catch
        {
            _rooms.TryRemove(new(boardId, lazy)); // a failed load (store down) is retried by the next caller
            throw;
        }
        if (room.State.Exists) return room;
        _rooms.TryRemove(new(boardId, lazy));
        return null;
    }

    /// <summary>The boards this node holds in memory now.</summary>
    public IReadOnlyList<Guid> Loaded => [.. _rooms.Keys];

    /// <summary>Every group board of a workshop, in group order.</summary>
    public async Task<IReadOnlyList<BoardRoom>> OfAsync(WorkshopRecord workshop, CancellationToken ct)
    {
        var boards = new List<BoardRoom>();
        foreach (var id in workshop.BoardIds)
            if (await FreshAsync(id, ct) is { } room) boards.Add(room);
        return boards;
    }

    /// <summary>Forgets these boards at once (their workshop was deleted): the next caller finds them gone from the store.</summary>
    public void Forget(IEnumerable<Guid> boardIds)
    {
        foreach (var id in boardIds) _rooms.TryRemove(id, out _);
    }

    /// <summary>Forgets boards nobody used for <paramref name="idle"/>; the store has all of them.</summary>
    public int EvictIdle(TimeSpan idle)
    {
        var cutoff = time.GetUtcNow() - idle;
        var evicted = 0;
        foreach (var (id, lazy) in _rooms)
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result.LastUsed < cutoff
                && _rooms.TryRemove(new(id, lazy)))
                evicted++;
        return evicted;
    }

    private async Task<BoardRoom> LoadAsync(Guid boardId)
    {
        var room = new BoardRoom(boardId, store, broadcaster.EventAsync, time);
        await room.LoadAsync(CancellationToken.None);
        return room;
    }
}
