using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// The distributed store: any number of server nodes share one Redis. A board's events are a Redis stream whose entry ids
/// are the sequence numbers; appends run as one Lua script that checks the operation id and the expected sequence number,
/// so two nodes never give out the same number and never lose a command (the loser catches up and decides again).
/// </summary>
public sealed class RedisBoardStore(IConnectionMultiplexer redis, RedisStoreOptions options) : IBoardStore
{
    private readonly RedisKeys _keys = new(options.Prefix);

    public string Kind => "redis";

    public bool Shared => true;

    private IDatabase Db => redis.GetDatabase();

    public Task InitializeAsync(CancellationToken ct) => Guarded(() => Db.PingAsync());

    public Task<bool> TryCreateWorkshopAsync(WorkshopRecord workshop, IReadOnlyList<EventEnvelope> boardsCreated, CancellationToken ct) =>
        Guarded(async () =>
        {
            var keys = new List<RedisKey> { _keys.Code(workshop.Code), _keys.Workshop(workshop.WorkshopId) };
            var values = new List<RedisValue> { JsonSerializer.Serialize(workshop, WireJson.Options), workshop.WorkshopId.ToString("N") };
            for (var i = 0; i < workshop.BoardIds.Count; i++)
            {
                var board = workshop.BoardIds[i];
                keys.AddRange([_keys.Events(board), _keys.Head(board), _keys.Operations(board)]);
                values.AddRange(Fields(boardsCreated[i]));
            }
            return (int)await Db.ScriptEvaluateAsync(RedisScripts.CreateWorkshop, [.. keys], [.. values]) == 1;
        });

    public Task<WorkshopRecord?> FindWorkshopByCodeAsync(string code, CancellationToken ct) =>
        Guarded(async () => await Db.StringGetAsync(_keys.Code(code)) is { HasValue: true } id
            ? await FindWorkshop(Guid.ParseExact(id.ToString(), "N"))
            : null);

    public Task<WorkshopRecord?> FindWorkshopAsync(Guid workshopId, CancellationToken ct) => Guarded(() => FindWorkshop(workshopId));

    public Task<AppendResult> AppendAsync(Guid boardId, EventEnvelope envelope, CancellationToken ct) =>
        Guarded(async () =>
        {
            var result = (string?)await Db.ScriptEvaluateAsync(RedisScripts.Append,
                [_keys.Events(boardId), _keys.Head(boardId), _keys.Operations(boardId)],
                [envelope.Seq, .. Fields(envelope)]);
            return result switch
            {
                "appended" => AppendResult.Appended,
                "duplicate" => AppendResult.DuplicateOperation,
                "gone" => AppendResult.BoardGone,
                _ => AppendResult.SequenceConflict,
            };
        });

    public Task SetFacilitatorSecretAsync(Guid workshopId, string secretHash, CancellationToken ct) =>
        Guarded(async () =>
        {
            if (await FindWorkshop(workshopId) is not { } workshop) return;
            await Db.StringSetAsync(_keys.Workshop(workshopId),
                JsonSerializer.Serialize(workshop with { FacilitatorSecretHash = secretHash }, WireJson.Options), when: When.Exists);
        });

    public Task SetWorkshopFlowAsync(Guid workshopId, Flow flow, CancellationToken ct) =>
        Guarded(async () =>
        {
            if (await FindWorkshop(workshopId) is not { } workshop) return;
            await Db.StringSetAsync(_keys.Workshop(workshopId),
                JsonSerializer.Serialize(workshop with { Flow = flow }, WireJson.Options), when: When.Exists);
        });

    public Task DeleteWorkshopAsync(Guid workshopId, CancellationToken ct) =>
        Guarded(async () =>
        {
            if (await FindWorkshop(workshopId) is not { } workshop) return;
            RedisKey[] keys =
            [
                _keys.Code(workshop.Code), _keys.Workshop(workshopId),
                .. workshop.BoardIds.SelectMany(b => new RedisKey[]
                    { _keys.Events(b), _keys.Head(b), _keys.Operations(b), _keys.Snapshot(b), _keys.Presence(b) }),
            ];
            await Db.KeyDeleteAsync(keys); // one command: an append sees the whole board or none of it
            foreach (var caseId in await Db.SetMembersAsync(_keys.WorkshopCases(workshopId))) await DeleteCase(Guid.ParseExact(caseId.ToString(), "N"));
            await Db.KeyDeleteAsync(_keys.WorkshopCases(workshopId));
            await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(_keys.Deleted), string.Join(',', workshop.BoardIds.Select(b => b.ToString("N"))));
        });

    public Task<IReadOnlyList<Guid>> WorkshopsUntouchedSinceAsync(DateTimeOffset cutoff, CancellationToken ct) =>
        Guarded<IReadOnlyList<Guid>>(async () =>
        {
            var untouched = new List<Guid>();
            foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
                await foreach (var key in server.KeysAsync(pattern: _keys.AnyWorkshop, pageSize: 500).WithCancellation(ct))
                {
                    if (await Db.StringGetAsync(key) is not { HasValue: true } json) continue;
                    var workshop = JsonSerializer.Deserialize<WorkshopRecord>(json.ToString(), WireJson.Options)!;
                    var touched = workshop.CreatedAt.UtcTicks;
                    foreach (var board in workshop.BoardIds)
                        if (await Db.StreamRangeAsync(_keys.Events(board), "-", "+", 1, Order.Descending) is [var last])
                            touched = Math.Max(touched, (long)last["at"]);
                    if (touched < cutoff.UtcTicks) untouched.Add(workshop.WorkshopId);
                }
            return untouched;
        });

    public Task<IReadOnlyList<WorkshopRecord>> WorkshopsAsync(CancellationToken ct) =>
        Guarded<IReadOnlyList<WorkshopRecord>>(async () =>
        {
            var found = new List<WorkshopRecord>();
            foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
                await foreach (var key in server.KeysAsync(pattern: _keys.AnyWorkshop, pageSize: 500).WithCancellation(ct))
                    if (await Db.StringGetAsync(key) is { HasValue: true } json)
                        found.Add(JsonSerializer.Deserialize<WorkshopRecord>(json.ToString(), WireJson.Options)!);
            return [.. found.OrderBy(w => w.CreatedAt).ThenBy(w => w.WorkshopId)];
        });

    public Task SaveFacilitatorAsync(FacilitatorRecord facilitator, CancellationToken ct) =>
        Guarded(async () =>
        {
            // A new link replaces the old one's index entry in the same transaction, so no node opens with a stale link.
            var old = await FindFacilitator(facilitator.FacilitatorId);
            var tx = Db.CreateTransaction();
            List<Task> queued =
            [
                tx.StringSetAsync(_keys.Facilitator(facilitator.FacilitatorId), JsonSerializer.Serialize(facilitator, WireJson.Options)),
                tx.StringSetAsync(_keys.FacilitatorLink(facilitator.LinkHash), facilitator.FacilitatorId.ToString("N")),
                tx.SetAddAsync(_keys.Facilitators, facilitator.FacilitatorId.ToString("N")),
            ];
            if (old is not null && old.LinkHash != facilitator.LinkHash) queued.Add(tx.KeyDeleteAsync(_keys.FacilitatorLink(old.LinkHash)));
            await Committed(tx, queued);
        });

    public Task<FacilitatorRecord?> FindFacilitatorAsync(Guid facilitatorId, CancellationToken ct) =>
        Guarded(() => FindFacilitator(facilitatorId));

    public Task<FacilitatorRecord?> FindFacilitatorByLinkHashAsync(string linkHash, CancellationToken ct) =>
        Guarded(async () => await Db.StringGetAsync(_keys.FacilitatorLink(linkHash)) is { HasValue: true } id
            ? await FindFacilitator(Guid.ParseExact(id.ToString(), "N"))
            : null);

    public Task<IReadOnlyList<FacilitatorRecord>> FacilitatorsAsync(CancellationToken ct) =>
        Guarded<IReadOnlyList<FacilitatorRecord>>(async () =>
        {
            var found = new List<FacilitatorRecord>();
            foreach (var id in await Db.SetMembersAsync(_keys.Facilitators))
                if (await FindFacilitator(Guid.ParseExact(id.ToString(), "N")) is { } facilitator) found.Add(facilitator);
            return [.. found.OrderBy(f => f.CreatedAt).ThenBy(f => f.FacilitatorId)];
        });

    public Task DeleteFacilitatorAsync(Guid facilitatorId, CancellationToken ct) =>
        Guarded(async () =>
        {
            if (await FindFacilitator(facilitatorId) is not { } facilitator) return;
            var tx = Db.CreateTransaction();
            await Committed(tx, [tx.KeyDeleteAsync([_keys.Facilitator(facilitatorId), _keys.FacilitatorLink(facilitator.LinkHash)]),
                tx.SetRemoveAsync(_keys.Facilitators, facilitatorId.ToString("N"))]);
        });

    public Task SaveCaseAsync(Case @case, CancellationToken ct) =>
        Guarded(async () =>
        {
            var old = await FindCase(@case.CaseId);
            var before = old is null ? new HashSet<string>() : RedisCaseIndex.Grams(old);
            var after = RedisCaseIndex.Grams(@case);
            var id = @case.CaseId.ToString("N");
            var tx = Db.CreateTransaction();
            List<Task> queued =
            [
                tx.StringSetAsync(_keys.Case(@case.CaseId), JsonSerializer.Serialize(@case, WireJson.Options)),
                tx.SetAddAsync(_keys.Cases, id),
                tx.SetAddAsync(_keys.WorkshopCases(@case.WorkshopId), id),
                .. before.Except(after).Select(g => tx.SetRemoveAsync(_keys.CaseGram(g), id)),
                .. after.Except(before).Select(g => tx.SetAddAsync(_keys.CaseGram(g), id)),
            ];
            await Committed(tx, queued);
        });

    public Task<Case?> FindCaseAsync(Guid caseId, CancellationToken ct) => Guarded(() => FindCase(caseId));

    public Task<IReadOnlyList<Case>> CasesAsync(CaseQuery query, CancellationToken ct) =>
        Guarded<IReadOnlyList<Case>>(async () =>
        {
            var grams = CaseSearch.Terms(query.Text).SelectMany(RedisCaseIndex.Grams).Distinct().Select(g => (RedisKey)_keys.CaseGram(g)).ToArray();
            var ids = grams.Length == 0 ? await Db.SetMembersAsync(_keys.Cases) : await Db.SetCombineAsync(SetOperation.Intersect, grams);
            if (ids.Length == 0) return [];
            var found = new List<Case>();
            foreach (var json in await Db.StringGetAsync([.. ids.Select(i => (RedisKey)_keys.Case(Guid.ParseExact(i.ToString(), "N")))]))
                if (json.HasValue && JsonSerializer.Deserialize<Case>(json.ToString(), WireJson.Options) is { } c && query.Matches(c)) found.Add(c);
            return [.. found.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.CaseId.ToString())];
        });

    public Task DeleteCaseAsync(Guid caseId, CancellationToken ct) => Guarded(() => DeleteCase(caseId));

    private async Task DeleteCase(Guid caseId)
    {
        if (await FindCase(caseId) is not { } @case) return;
        var id = caseId.ToString("N");
        var tx = Db.CreateTransaction();
        await Committed(tx,
        [
            tx.KeyDeleteAsync(_keys.Case(caseId)), tx.SetRemoveAsync(_keys.Cases, id), tx.SetRemoveAsync(_keys.WorkshopCases(@case.WorkshopId), id),
            .. RedisCaseIndex.Grams(@case).Select(g => tx.SetRemoveAsync(_keys.CaseGram(g), id)),
        ]);
    }

    private async Task<Case?> FindCase(Guid caseId) =>
        await Db.StringGetAsync(_keys.Case(caseId)) is { HasValue: true } json ? JsonSerializer.Deserialize<Case>(json.ToString(), WireJson.Options) : null;

    /// <summary>Runs a transaction and awaits what it queued, so a failure of any part is seen.</summary>
    private static async Task Committed(ITransaction tx, IReadOnlyList<Task> queued)
    {
        await tx.ExecuteAsync();
        await Task.WhenAll(queued);
    }

    private async Task<FacilitatorRecord?> FindFacilitator(Guid facilitatorId) =>
        await Db.StringGetAsync(_keys.Facilitator(facilitatorId)) is { HasValue: true } json
            ? JsonSerializer.Deserialize<FacilitatorRecord>(json.ToString(), WireJson.Options)
            : null;

    public Task<EventEnvelope?> FindOperationAsync(Guid boardId, Guid opId, CancellationToken ct) =>
        Guarded(async () =>
        {
            var seq = await Db.HashGetAsync(_keys.Operations(boardId), opId.ToString());
            if (!seq.HasValue) return null;
            var entries = await Db.StreamRangeAsync(_keys.Events(boardId), $"{seq}-0", $"{seq}-0");
            return entries.Length == 1 ? Read(entries[0]) : null;
        });

    public Task<IReadOnlyList<EventEnvelope>> ReadEventsAsync(Guid boardId, long afterSeq, int max, CancellationToken ct) =>
        Guarded<IReadOnlyList<EventEnvelope>>(async () =>
            [.. (await Db.StreamRangeAsync(_keys.Events(boardId), $"{afterSeq + 1}-0", "+", max)).Select(Read)]);

    public Task SaveSnapshotAsync(Guid boardId, BoardSnapshot snapshot, CancellationToken ct) =>
        Guarded(() => Db.ScriptEvaluateAsync(RedisScripts.SaveSnapshot, [_keys.Snapshot(boardId)],
            [snapshot.Seq, JsonSerializer.Serialize(snapshot, WireJson.Options)]));

    public Task<BoardSnapshot?> LoadSnapshotAsync(Guid boardId, CancellationToken ct) =>
        Guarded(async () => await Db.HashGetAsync(_keys.Snapshot(boardId), "state") is { HasValue: true } state
            ? JsonSerializer.Deserialize<BoardSnapshot>(state.ToString(), WireJson.Options)
            : null);

    public Task<byte[]> GetOrAddSecretAsync(string name, byte[] valueIfNew, CancellationToken ct) =>
        Guarded(async () => (byte[])(await Db.ScriptEvaluateAsync(RedisScripts.GetOrAddSecret, [_keys.Secret(name)], [valueIfNew]))!);

    private async Task<WorkshopRecord?> FindWorkshop(Guid workshopId) =>
        await Db.StringGetAsync(_keys.Workshop(workshopId)) is { HasValue: true } json
            ? JsonSerializer.Deserialize<WorkshopRecord>(json.ToString(), WireJson.Options)
            : null;

    private static RedisValue[] Fields(EventEnvelope e) =>
        [e.OpId.ToString(), e.ActorId.ToString(), e.At.UtcTicks, JsonSerializer.Serialize(e.Event, WireJson.Options)];

    private static EventEnvelope Read(StreamEntry entry) => new(
        long.Parse(entry.Id.ToString().Split('-')[0], CultureInfo.InvariantCulture),
        Guid.Parse(entry["op"].ToString()),
        Guid.Parse(entry["actor"].ToString()),
        new DateTimeOffset((long)entry["at"], TimeSpan.Zero),
        JsonSerializer.Deserialize<BoardEvent>(entry["event"].ToString(), WireJson.Options)!);

    /// <summary>Redis unreachable becomes one exception the server answers with "temporarily unavailable".</summary>
    private static async Task<T> Guarded<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw new StoreUnavailableException("Redis is unreachable", e);
        }
    }

    /// <summary>Down, timed out, or restarting and still loading its data: all mean "try again soon".</summary>
    private static bool IsUnreachable(Exception e) => e is RedisConnectionException or RedisTimeoutException
        || (e is RedisServerException server && server.Message.StartsWith("LOADING", StringComparison.Ordinal));

    private static async Task Guarded(Func<Task> call) => await Guarded(async () => { await call(); return 0; });
}
