using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Storage.Sqlite;

/// <summary>
/// The embedded store's connection for appending events, kept open with its three statements ready (SQLite prepares each
/// on its first run and keeps it). An append is the hot path (every command of every class): opening a pooled connection,
/// setting its pragmas and parsing the same statements again for each one cost about a third of its CPU
/// (docs/PERFORMANCE.md). Used only under the store's writer lock, one commit of waiting appends at a time.
/// </summary>
internal sealed class SqliteEventAppender : IDisposable
{
    private const string Savepoint = "append";
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _findOperation;
    private readonly SqliteCommand _lastSeq;
    private readonly SqliteCommand _insert;

    private SqliteEventAppender(SqliteConnection connection)
    {
        _connection = connection;
        _findOperation = Statement(EventStatements.FindOperation, "$board", "$op");
        _lastSeq = Statement("SELECT COALESCE(MAX(seq), 0) FROM events WHERE board_id = $board", "$board");
        _insert = Statement(EventStatements.Insert, "$board", "$seq", "$op", "$actor", "$at", "$event");
    }

    public static async Task<SqliteEventAppender> OpenAsync(string connectionString, CancellationToken ct)
    {
        // Not from the pool: closing it after a failure closes it, and the next one is really new.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using (var pragmas = connection.CreateCommand())
            {
                // FULL makes each commit durable before it returns, which is what an acknowledgement promises.
                pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
                await pragmas.ExecuteNonQueryAsync(ct);
            }
            return new SqliteEventAppender(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Several appends in one transaction, each checked and inserted as <see cref="IBoardStore.AppendAsync"/> describes,
    /// in order (an append sees the ones before it in the same transaction): one commit, one fsync, for all of them.
    /// When there are several, each runs inside its own savepoint, so an append that fails takes back only itself
    /// (its error, in place of a result) and the others still commit; a failure SQLite cannot take back that way (the
    /// transaction itself ended) throws, and then nothing of the commit was written.
    /// </summary>
    public async Task<IReadOnlyList<(AppendResult Result, Exception? Error)>> AppendAsync(IReadOnlyList<PendingAppend> appends)
    {
        var outcomes = new (AppendResult, Exception?)[appends.Count];
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync();
        _findOperation.Transaction = _lastSeq.Transaction = _insert.Transaction = tx;
        // One append alone has no others to keep: its failure fails the commit, without two more statements on the hot path.
        if (appends.Count == 1) outcomes[0] = (await AppendOneAsync(appends[0].BoardId, appends[0].Envelope), null);
        else for (var i = 0; i < appends.Count; i++) outcomes[i] = await AppendInSavepointAsync(tx, appends[i]);
        await tx.CommitAsync();
        return outcomes;
    }

    private async Task<(AppendResult, Exception?)> AppendInSavepointAsync(SqliteTransaction tx, PendingAppend append)
    {
        await tx.SaveAsync(Savepoint);
        try
        {
            var result = await AppendOneAsync(append.BoardId, append.Envelope);
            await tx.ReleaseAsync(Savepoint);
            return (result, null);
        }
        catch (Exception error)
        {
            try
            {
                await tx.RollbackAsync(Savepoint);
                await tx.ReleaseAsync(Savepoint);
            }
            catch (SqliteException)
            {
                ExceptionDispatchInfo.Throw(error); // the transaction itself ended (disk full, I/O): its first error says why
            }
            return (default, error);
        }
    }

    private async Task<AppendResult> AppendOneAsync(Guid boardId, EventEnvelope envelope)
    {
        var board = boardId.ToString();
        _findOperation.Parameters["$board"].Value = board;
        _findOperation.Parameters["$op"].Value = envelope.OpId.ToString();
        if (await _findOperation.ExecuteScalarAsync() is not null) return AppendResult.DuplicateOperation;
        _lastSeq.Parameters["$board"].Value = board;
        var stored = (long)(await _lastSeq.ExecuteScalarAsync())!;
        if (stored == 0 && envelope.Seq > 1) return AppendResult.BoardGone; // a board starts at 1 and only deleting empties it
        if (stored != envelope.Seq - 1) return AppendResult.SequenceConflict;
        _insert.Parameters["$board"].Value = board;
        _insert.Parameters["$seq"].Value = envelope.Seq;
        _insert.Parameters["$op"].Value = envelope.OpId.ToString();
        _insert.Parameters["$actor"].Value = envelope.ActorId.ToString();
        _insert.Parameters["$at"].Value = envelope.At.UtcTicks;
        _insert.Parameters["$event"].Value = JsonSerializer.Serialize(envelope.Event, WireJson.Options);
        await _insert.ExecuteNonQueryAsync();
        return AppendResult.Appended;
    }

    public void Dispose()
    {
        _findOperation.Dispose();
        _lastSeq.Dispose();
        _insert.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Statement(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }
}
