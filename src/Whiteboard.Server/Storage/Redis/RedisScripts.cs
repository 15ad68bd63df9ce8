namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// The store's writes as Lua scripts: Redis runs each one atomically, so a check and the write it guards can never be
/// split by another node's write (rule B2 across nodes: one sequence, no gaps, no doubles).
/// </summary>
internal static class RedisScripts
{
    /// <summary>KEYS: code, workshop, then (events, head, ops) per board. ARGV: workshop json, id, then (op, actor, at, event) per board.</summary>
    public const string CreateWorkshop = """
        if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('SET', KEYS[2], ARGV[1])
        local boards = (#KEYS - 2) / 3
        for i = 0, boards - 1 do
          local events, head, ops = KEYS[3 + i * 3], KEYS[4 + i * 3], KEYS[5 + i * 3]
          local op, actor, at, event = ARGV[3 + i * 4], ARGV[4 + i * 4], ARGV[5 + i * 4], ARGV[6 + i * 4]
          redis.call('XADD', events, '1-0', 'op', op, 'actor', actor, 'at', at, 'event', event)
          redis.call('SET', head, 1)
          redis.call('HSET', ops, op, 1)
        end
        return 1
        """;

    /// <summary>KEYS: events, head, ops. ARGV: seq, op, actor, at, event.</summary>
    public const string Append = """
        if redis.call('HEXISTS', KEYS[3], ARGV[2]) == 1 then return 'duplicate' end
        local head = tonumber(redis.call('GET', KEYS[2]) or '0')
        if head == 0 and tonumber(ARGV[1]) > 1 then return 'gone' end
        if head ~= tonumber(ARGV[1]) - 1 then return 'conflict' end
        redis.call('XADD', KEYS[1], ARGV[1] .. '-0', 'op', ARGV[2], 'actor', ARGV[3], 'at', ARGV[4], 'event', ARGV[5])
        redis.call('SET', KEYS[2], ARGV[1])
        redis.call('HSET', KEYS[3], ARGV[2], ARGV[1])
        return 'appended'
        """;

    /// <summary>KEYS: snapshot hash. ARGV: seq, state. Keeps the newer of the stored and the given snapshot.</summary>
    public const string SaveSnapshot = """
        local kept = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
        if kept >= tonumber(ARGV[1]) then return 0 end
        redis.call('HSET', KEYS[1], 'seq', ARGV[1], 'state', ARGV[2])
        return 1
        """;

    /// <summary>KEYS: secret. ARGV: value if new. Returns the kept value.</summary>
    public const string GetOrAddSecret = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;
}
