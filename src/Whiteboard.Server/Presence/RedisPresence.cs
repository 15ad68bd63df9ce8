using System.Collections.Concurrent;
using StackExchange.Redis;
using Whiteboard.Server.Storage.Redis;

namespace Whiteboard.Server.Presence;

/// <summary>
/// Presence shared by every node through Redis: one hash per board, a field per open connection whose value is when it
/// expires. Each node refreshes its own connections' entries (<see cref="RefreshAsync"/>); a node that dies stops
/// refreshing, so its entries expire and are swept (<see cref="SweepAsync"/>) instead of haunting the board forever.
/// </summary>
public sealed class RedisPresence(IConnectionMultiplexer redis, RedisStoreOptions options, TimeProvider time) : IPresence
{
    /// <summary>How long an entry lives without a refresh; refreshed every third of it.</summary>
    public TimeSpan Lifetime => options.PresenceLifetime;

    private const string Connect = """
        local live = 0
        local all = redis.call('HGETALL', KEYS[1])
        for i = 1, #all, 2 do
          if string.sub(all[i], 1, 32) == ARGV[1] and all[i] ~= ARGV[2] and tonumber(all[i + 1]) > tonumber(ARGV[4]) then live = live + 1 end
        end
        redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        if live == 0 then return 1 else return 0 end
        """;

    private const string Disconnect = """
        if redis.call('HDEL', KEYS[1], ARGV[2]) == 0 then return 0 end
        local all = redis.call('HGETALL', KEYS[1])
        for i = 1, #all, 2 do
          if string.sub(all[i], 1, 32) == ARGV[1] and tonumber(all[i + 1]) > tonumber(ARGV[3]) then return 0 end
        end
        return 1
        """;

    private const string Sweep = """
        local all = redis.call('HGETALL', KEYS[1])
        local live, dead, gone, seen = {}, {}, {}, {}
        for i = 1, #all, 2 do
          local pid = string.sub(all[i], 1, 32)
          if tonumber(all[i + 1]) > tonumber(ARGV[1]) then live[pid] = true else dead[#dead + 1] = all[i] end
        end
        for _, field in ipairs(dead) do
          redis.call('HDEL', KEYS[1], field)
          local pid = string.sub(field, 1, 32)
          if not live[pid] and not seen[pid] then seen[pid] = true; gone[#gone + 1] = pid end
        end
        return gone
        """;

    /// <summary>
    /// Refreshes the fields that are still there: a connection that closed while a refresh was on its way must not be
    /// written back, or it would show its person online until it expired.
    /// </summary>
    private const string Refresh = """
        for i = 3, #ARGV do
          if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 then redis.call('HSET', KEYS[1], ARGV[i], ARGV[1]) end
        end
        if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        """;

    private readonly RedisKeys _keys = new(options.Prefix);
    private readonly ConcurrentDictionary<(Guid Board, Guid Participant, string Connection), byte> _mine = new();

    private IDatabase Db => redis.GetDatabase();

    public async Task<bool> ConnectAsync(Guid boardId, Guid participantId, string connectionId)
    {
        _mine[(boardId, participantId, connectionId)] = 0;
        return (int)await Db.ScriptEvaluateAsync(Connect, [_keys.Presence(boardId)],
            [participantId.ToString("N"), Field(participantId, connectionId), Expiry(), Now(), (long)(Lifetime * 2).TotalMilliseconds]) == 1;
    }

    public async Task<bool> DisconnectAsync(Guid boardId, Guid participantId, string connectionId)
    {
        _mine.TryRemove((boardId, participantId, connectionId), out _);
        return (int)await Db.ScriptEvaluateAsync(Disconnect, [_keys.Presence(boardId)],
            [participantId.ToString("N"), Field(participantId, connectionId), Now()]) == 1;
    }

    public async Task<IReadOnlyList<string>> ConnectionsOfAsync(Guid boardId, Guid participantId)
    {
        var prefix = participantId.ToString("N") + ":";
        return [.. (await Live(boardId)).Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f[prefix.Length..])];
    }

    public async Task<IReadOnlyList<Guid>> OnlineAsync(Guid boardId) =>
        [.. (await Live(boardId)).Select(f => Guid.ParseExact(f[..32], "N")).Distinct()];

    /// <summary>Keeps this node's connections alive in Redis.</summary>
    public async Task RefreshAsync()
    {
        var batch = Db.CreateBatch();
        // The board's hash outlives its entries only while some node refreshes it: a dead node's ghosts must stay until
        // swept (so their going offline is announced), not vanish with the whole hash.
        var writes = _mine.Keys.GroupBy(k => k.Board).Select(board => batch.ScriptEvaluateAsync(Refresh, [_keys.Presence(board.Key)],
            [Expiry(), (long)(Lifetime * 2).TotalMilliseconds, .. board.Select(k => (RedisValue)Field(k.Participant, k.Connection))])).ToList();
        batch.Execute();
        await Task.WhenAll(writes);
    }

    /// <summary>Removes expired entries of a board; returns the participants left with no live connection (ghosts gone).</summary>
    public async Task<IReadOnlyList<Guid>> SweepAsync(Guid boardId)
    {
        var gone = (RedisValue[])(await Db.ScriptEvaluateAsync(Sweep, [_keys.Presence(boardId)], [Now()]))!;
        return [.. gone.Select(p => Guid.ParseExact(p.ToString(), "N"))];
    }

    private async Task<IEnumerable<string>> Live(Guid boardId)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return (await Db.HashGetAllAsync(_keys.Presence(boardId))).Where(e => (long)e.Value > now).Select(e => e.Name.ToString());
    }

    private static string Field(Guid participantId, string connectionId) => $"{participantId:N}:{connectionId}";

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private long Expiry() => (time.GetUtcNow() + Lifetime).ToUnixTimeMilliseconds();
}
