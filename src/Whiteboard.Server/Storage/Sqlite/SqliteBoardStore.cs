using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Server.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in the data folder, WAL, synchronous=FULL so that an acknowledged event survives
/// a crash of the process and of the machine. Writes are serialised in-process (SQLite has one writer anyway).
/// </summary>
public sealed class SqliteBoardStore : IBoardStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private SqliteEventAppender? _appender; // opened by the first append, used under _writer
    /// <summary>Appends waiting for the writer: the next to hold it commits them all at once.</summary>
    private readonly ConcurrentQueue<PendingAppend> _pendingAppends = new();
    /// <summary>Set by <see cref="Dispose"/>: what comes after fails instead of opening the file again.</summary>
    private volatile bool _disposed;

    public SqliteBoardStore(IOptions<StorageOptions> options)
    {
        var folder = Path.GetFullPath(options.Value.DataFolder);
        Directory.CreateDirectory(folder);
        DatabasePath = Path.Combine(folder, "whiteboard.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public string Kind => "sqlite";

    public bool Shared => false;

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using (var version = Command(connection, "PRAGMA user_version"))
        {
            var found = (int)(long)(await version.ExecuteScalarAsync(ct))!;
            // A class's data from an older server stays: each upgrade runs once, in order, before anything is read.
            for (; SqliteSchema.Upgrades.TryGetValue(found, out var upgrade); found++) await Execute(connection, upgrade, ct);
            if (found != 0 && found != SqliteSchema.Version)
                throw new InvalidOperationException(
                    $"{DatabasePath} has schema version {found}; this server reads version {SqliteSchema.Version}. Use another data folder.");
        }
        await Execute(connection, SqliteSchema.Create, ct);
    }

    public async Task<bool> TryCreateWorkshopAsync(WorkshopRecord workshop, IReadOnlyList<EventEnvelope> boardsCreated, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = connection.BeginTransaction();
            await using (var exists = Command(connection, "SELECT 1 FROM workshops WHERE code = $code OR workshop_id = $id", tx))
            {
                exists.Parameters.AddWithValue("$code", workshop.Code);
                exists.Parameters.AddWithValue("$id", workshop.WorkshopId.ToString());
                if (await exists.ExecuteScalarAsync(ct) is not null) return false;
            }
            await using (var insert = Command(connection, """
                INSERT INTO workshops (workshop_id, code, title, language, template, facilitator_secret_hash, observer_secret_hash,
                    created_at_ticks, board_ids, flow, facilitator_id)
                VALUES ($id, $code, $title, $language, $template, $facilitator, $observer, $at, $boards, $flow, $owner)
                """, tx))
            {
                insert.Parameters.AddWithValue("$id", workshop.WorkshopId.ToString());
                insert.Parameters.AddWithValue("$code", workshop.Code);
                insert.Parameters.AddWithValue("$title", workshop.Title);
                insert.Parameters.AddWithValue("$language", workshop.Language.ToString());
                insert.Parameters.AddWithValue("$template", workshop.Template.ToString());
                insert.Parameters.AddWithValue("$facilitator", workshop.FacilitatorSecretHash);
                insert.Parameters.AddWithValue("$observer", workshop.ObserverSecretHash);
                insert.Parameters.AddWithValue("$at", workshop.CreatedAt.UtcTicks);
                insert.Parameters.AddWithValue("$boards", JsonSerializer.Serialize(workshop.BoardIds));
                insert.Parameters.AddWithValue("$flow", workshop.Flow is { } flow ? FlowJson.Write(flow) : DBNull.Value);
                insert.Parameters.AddWithValue("$owner", workshop.FacilitatorId is { } owner ? owner.ToString() : DBNull.Value);
                await insert.ExecuteNonQueryAsync(ct);
            }
            for (var i = 0; i < workshop.BoardIds.Count; i++) await InsertEvent(connection, tx, workshop.BoardIds[i], boardsCreated[i], ct);
            await tx.CommitAsync(ct);
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<WorkshopRecord?> FindWorkshopByCodeAsync(string code, CancellationToken ct) =>
        FindWorkshop("code = $key", code, ct);

    public Task<WorkshopRecord?> FindWorkshopAsync(Guid workshopId, CancellationToken ct) =>
        FindWorkshop("workshop_id = $key", workshopId.ToString(), ct);

    /// <summary>
    /// Group commit: appends that arrive while a commit waits on the disk queue up, and the next to hold the writer commits
    /// all of them in one transaction — one fsync for many boards' commands, each still acknowledged only once durable.
    /// </summary>
    public async Task<AppendResult> AppendAsync(Guid boardId, EventEnvelope envelope, CancellationToken ct)
    {
        var pending = new PendingAppend(boardId, envelope);
        _pendingAppends.Enqueue(pending);
        try
        {
            await _writer.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (!pending.TryGiveUp())
        {
            return await pending.Done; // a writer took it into its commit before the wait was cancelled: its result stands
        }
        try
        {
            // An earlier writer may have committed it already; otherwise it is still queued, and this writer takes it.
            if (!pending.Done.IsCompleted) await CommitPendingAsync();
        }
        finally
        {
            _writer.Release();
        }
        return await pending.Done;
    }

    /// <summary>Every waiting append in one transaction, under the writer; each gets its result once the commit is durable.</summary>
    private async Task CommitPendingAsync()
    {
        var batch = new List<PendingAppend>();
        while (_pendingAppends.TryDequeue(out var next))
            if (next.TryTake()) batch.Add(next);
        if (batch.Count == 0) return;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Not the asker's token: the others' appends are in this commit too.
            _appender ??= await SqliteEventAppender.OpenAsync(_connectionString, CancellationToken.None);
            var outcomes = await _appender.AppendAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                if (outcomes[i].Error is { } error) batch[i].Fail(error); // its sender retries; the others are stored
                else batch[i].Complete(outcomes[i].Result);
            }
        }
        catch (Exception e)
        {
            // Whatever went wrong, the next commit starts on a fresh connection rather than one left mid-transaction; the
            // appends of this one failed as a whole (nothing of them was committed) and their senders retry.
            var failed = _appender;
            _appender = null;
            failed?.Dispose();
            foreach (var append in batch) append.Fail(e);
        }
        finally
        {
            // Disposed while this commit ran (its wait for the writer timed out): the committer closes what it used.
            if (_disposed)
            {
                _appender?.Dispose();
                _appender = null;
            }
        }
    }

    /// <summary>Appends queued and not yet taken into a commit (tests wait on it to know who shares a commit).</summary>
    internal int QueuedAppends => _pendingAppends.Count;

    /// <summary>Whether a write holds the writer now.</summary>
    internal bool Writing => _writer.CurrentCount == 0;

    public Task SetFacilitatorSecretAsync(Guid workshopId, string secretHash, CancellationToken ct) =>
        UpdateWorkshopAsync(workshopId, "facilitator_secret_hash", secretHash, ct);

    public Task SetWorkshopFlowAsync(Guid workshopId, Flow flow, CancellationToken ct) =>
        UpdateWorkshopAsync(workshopId, "flow", FlowJson.Write(flow), ct);

    /// <summary>One column of a workshop's row; <paramref name="column"/> is always one of this class's own names.</summary>
    private async Task UpdateWorkshopAsync(Guid workshopId, string column, string value, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, $"UPDATE workshops SET {column} = $value WHERE workshop_id = $id");
            command.Parameters.AddWithValue("$value", value);
            command.Parameters.AddWithValue("$id", workshopId.ToString());
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task DeleteWorkshopAsync(Guid workshopId, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = connection.BeginTransaction();
            await using var command = Command(connection, """
                DELETE FROM events WHERE board_id IN (SELECT j.value FROM workshops w, json_each(w.board_ids) j WHERE w.workshop_id = $id);
                DELETE FROM snapshots WHERE board_id IN (SELECT j.value FROM workshops w, json_each(w.board_ids) j WHERE w.workshop_id = $id);
                DELETE FROM cases_text WHERE case_id IN (SELECT case_id FROM cases WHERE workshop_id = $id);
                DELETE FROM cases WHERE workshop_id = $id;
                DELETE FROM workshops WHERE workshop_id = $id;
                """, tx);
            command.Parameters.AddWithValue("$id", workshopId.ToString());
            await command.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<Guid>> WorkshopsUntouchedSinceAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        // Each board's newest event is found by the primary key (board_id, seq): no scan of the events.
        await using var command = Command(connection, """
            SELECT w.workshop_id FROM workshops w
            WHERE COALESCE((SELECT MAX((SELECT e.at_ticks FROM events e WHERE e.board_id = j.value ORDER BY e.seq DESC LIMIT 1))
                            FROM json_each(w.board_ids) j), w.created_at_ticks) < $cutoff
            """);
        command.Parameters.AddWithValue("$cutoff", cutoff.UtcTicks);
        var found = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found.Add(Guid.Parse(reader.GetString(0)));
        return found;
    }

    public async Task<EventEnvelope?> FindOperationAsync(Guid boardId, Guid opId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await FindOperation(connection, null, boardId, opId, ct);
    }

    public async Task<IReadOnlyList<EventEnvelope>> ReadEventsAsync(Guid boardId, long afterSeq, int max, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, """
            SELECT seq, op_id, actor_id, at_ticks, event FROM events
            WHERE board_id = $board AND seq > $after ORDER BY seq LIMIT $max
            """);
        command.Parameters.AddWithValue("$board", boardId.ToString());
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$max", max);
        var events = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) events.Add(ReadEnvelope(reader));
        return events;
    }

    public async Task SaveSnapshotAsync(Guid boardId, BoardSnapshot snapshot, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, """
                INSERT INTO snapshots (board_id, seq, state) VALUES ($board, $seq, $state)
                ON CONFLICT (board_id) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > snapshots.seq
                """);
            command.Parameters.AddWithValue("$board", boardId.ToString());
            command.Parameters.AddWithValue("$seq", snapshot.Seq);
            command.Parameters.AddWithValue("$state", JsonSerializer.Serialize(snapshot, WireJson.Options));
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<BoardSnapshot?> LoadSnapshotAsync(Guid boardId, CancellationToken ct) =>
        ReadJsonAsync<BoardSnapshot>("SELECT state FROM snapshots WHERE board_id = $key", boardId, ct);

    public async Task SaveCaseAsync(Case @case, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = connection.BeginTransaction();
            await using (var save = Command(connection, """
                INSERT INTO cases (case_id, workshop_id, facilitator_id, status, unit, year, updated_at_ticks, json)
                VALUES ($id, $workshop, $facilitator, $status, $unit, $year, $at, $json)
                ON CONFLICT (case_id) DO UPDATE SET workshop_id = excluded.workshop_id, facilitator_id = excluded.facilitator_id,
                    status = excluded.status, unit = excluded.unit, year = excluded.year, updated_at_ticks = excluded.updated_at_ticks,
                    json = excluded.json;
                DELETE FROM cases_text WHERE case_id = $id;
                INSERT INTO cases_text (case_id, body) VALUES ($id, $body);
                """, tx))
            {
                save.Parameters.AddWithValue("$id", @case.CaseId.ToString());
                save.Parameters.AddWithValue("$workshop", @case.WorkshopId.ToString());
                save.Parameters.AddWithValue("$facilitator", @case.FacilitatorId is { } f ? f.ToString() : DBNull.Value);
                save.Parameters.AddWithValue("$status", @case.Status.ToString());
                save.Parameters.AddWithValue("$unit", @case.Tags.Unit);
                save.Parameters.AddWithValue("$year", @case.Year);
                save.Parameters.AddWithValue("$at", @case.UpdatedAt.UtcTicks);
                save.Parameters.AddWithValue("$json", JsonSerializer.Serialize(@case, WireJson.Options));
                save.Parameters.AddWithValue("$body", CaseSearch.Fold(CaseSearch.TextOf(@case)));
                await save.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<Case?> FindCaseAsync(Guid caseId, CancellationToken ct) => ReadJsonAsync<Case>("SELECT json FROM cases WHERE case_id = $key", caseId, ct);

    /// <summary>One row's JSON column, read back as the record it was written from; null when there is no row.</summary>
    private async Task<T?> ReadJsonAsync<T>(string sql, Guid key, CancellationToken ct) where T : class
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, sql);
        command.Parameters.AddWithValue("$key", key.ToString());
        return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<T>(json, WireJson.Options) : null;
    }

    public async Task<IReadOnlyList<Case>> CasesAsync(CaseQuery query, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        SqliteCaseSearch.Build(command, query);
        var found = new List<Case>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (JsonSerializer.Deserialize<Case>(reader.GetString(0), WireJson.Options) is { } c && query.Matches(c)) found.Add(c);
        return found;
    }

    public async Task DeleteCaseAsync(Guid caseId, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, "DELETE FROM cases_text WHERE case_id = $id; DELETE FROM cases WHERE case_id = $id;");
            command.Parameters.AddWithValue("$id", caseId.ToString());
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<byte[]> GetOrAddSecretAsync(string name, byte[] valueIfNew, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, """
                INSERT INTO secrets (name, value) VALUES ($name, $value) ON CONFLICT (name) DO NOTHING;
                SELECT value FROM secrets WHERE name = $name;
                """);
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$value", valueIfNew);
            return (byte[])(await command.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        // A commit still running at shutdown finishes before its connection closes (bounded: a stuck disk does not hold the
        // exit; then that commit closes it itself). Writes still waiting get the writer and find the store disposed. The
        // semaphore is left undisposed so that their releases do not throw: it holds nothing unmanaged.
        var idle = _writer.Wait(TimeSpan.FromSeconds(5));
        _disposed = true;
        if (idle || _writer.Wait(0))
        {
            _appender?.Dispose();
            _appender = null;
            _writer.Release();
        }
        SqliteConnection.ClearAllPools(); // releases the file (tests delete their data folders)
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // Per connection: FULL makes each commit durable before it returns, which is what an acknowledgement promises.
        await Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", ct);
        return connection;
    }

    private async Task<WorkshopRecord?> FindWorkshop(string where, string key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"{WorkshopColumns} WHERE {where}");
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadWorkshop(reader) : null;
    }

    private const string WorkshopColumns = """
        SELECT workshop_id, code, title, language, template, facilitator_secret_hash, observer_secret_hash, created_at_ticks, board_ids,
            flow, facilitator_id
        FROM workshops
        """;

    private static WorkshopRecord ReadWorkshop(SqliteDataReader reader) => new(Guid.Parse(reader.GetString(0)), reader.GetString(1),
        reader.GetString(2), Enum.Parse<BoardLanguage>(reader.GetString(3)), Enum.Parse<WorkshopTemplate>(reader.GetString(4)),
        reader.GetString(5), reader.GetString(6), new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero),
        JsonSerializer.Deserialize<Guid[]>(reader.GetString(8))!,
        reader.IsDBNull(9) ? null : FlowJson.Read(reader.GetString(9)).Flow,
        reader.IsDBNull(10) ? null : Guid.Parse(reader.GetString(10)));

    public async Task<IReadOnlyList<WorkshopRecord>> WorkshopsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"{WorkshopColumns} ORDER BY created_at_ticks, workshop_id");
        var found = new List<WorkshopRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) found.Add(ReadWorkshop(reader));
        return found;
    }

    public async Task SaveFacilitatorAsync(FacilitatorRecord facilitator, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, """
                INSERT INTO facilitators (facilitator_id, name, unit, link_hash, created_at_ticks, revoked_at_ticks)
                VALUES ($id, $name, $unit, $link, $at, $revoked)
                ON CONFLICT (facilitator_id) DO UPDATE SET name = excluded.name, unit = excluded.unit, link_hash = excluded.link_hash,
                    created_at_ticks = excluded.created_at_ticks, revoked_at_ticks = excluded.revoked_at_ticks
                """);
            command.Parameters.AddWithValue("$id", facilitator.FacilitatorId.ToString());
            command.Parameters.AddWithValue("$name", facilitator.Name);
            command.Parameters.AddWithValue("$unit", facilitator.Unit);
            command.Parameters.AddWithValue("$link", facilitator.LinkHash);
            command.Parameters.AddWithValue("$at", facilitator.CreatedAt.UtcTicks);
            command.Parameters.AddWithValue("$revoked", facilitator.RevokedAt is { } revoked ? revoked.UtcTicks : DBNull.Value);
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<FacilitatorRecord?> FindFacilitatorAsync(Guid facilitatorId, CancellationToken ct) =>
        (await Facilitators("WHERE facilitator_id = $key", facilitatorId.ToString(), ct)).FirstOrDefault();

    public async Task<FacilitatorRecord?> FindFacilitatorByLinkHashAsync(string linkHash, CancellationToken ct) =>
        (await Facilitators("WHERE link_hash = $key", linkHash, ct)).FirstOrDefault();

    public Task<IReadOnlyList<FacilitatorRecord>> FacilitatorsAsync(CancellationToken ct) =>
        Facilitators("ORDER BY created_at_ticks, facilitator_id", null, ct);

    public async Task DeleteFacilitatorAsync(Guid facilitatorId, CancellationToken ct)
    {
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var command = Command(connection, "DELETE FROM facilitators WHERE facilitator_id = $id");
            command.Parameters.AddWithValue("$id", facilitatorId.ToString());
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<IReadOnlyList<FacilitatorRecord>> Facilitators(string clause, string? key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection,
            $"SELECT facilitator_id, name, unit, link_hash, created_at_ticks, revoked_at_ticks FROM facilitators {clause}");
        if (key is not null) command.Parameters.AddWithValue("$key", key);
        var found = new List<FacilitatorRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found.Add(new FacilitatorRecord(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero)));
        return found;
    }

    private static async Task<EventEnvelope?> FindOperation(
        SqliteConnection connection, SqliteTransaction? tx, Guid boardId, Guid opId, CancellationToken ct)
    {
        await using var command = Command(connection, EventStatements.FindOperation, tx);
        command.Parameters.AddWithValue("$board", boardId.ToString());
        command.Parameters.AddWithValue("$op", opId.ToString());
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadEnvelope(reader) : null;
    }

    private static async Task InsertEvent(SqliteConnection connection, SqliteTransaction tx, Guid boardId, EventEnvelope e, CancellationToken ct)
    {
        await using var command = Command(connection, EventStatements.Insert, tx);
        command.Parameters.AddWithValue("$board", boardId.ToString());
        command.Parameters.AddWithValue("$seq", e.Seq);
        command.Parameters.AddWithValue("$op", e.OpId.ToString());
        command.Parameters.AddWithValue("$actor", e.ActorId.ToString());
        command.Parameters.AddWithValue("$at", e.At.UtcTicks);
        command.Parameters.AddWithValue("$event", JsonSerializer.Serialize(e.Event, WireJson.Options));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static EventEnvelope ReadEnvelope(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        Guid.Parse(reader.GetString(1)),
        Guid.Parse(reader.GetString(2)),
        new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
        JsonSerializer.Deserialize<BoardEvent>(reader.GetString(4), WireJson.Options)!);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
