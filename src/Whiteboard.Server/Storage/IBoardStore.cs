using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Storage;

/// <summary>
/// The one I/O seam: where boards and their events live. Two real implementations (SQLite embedded, Redis distributed)
/// pass one contract suite. Appends are atomic and checked, so several nodes may write one board without losing or
/// reordering events.
/// </summary>
public interface IBoardStore
{
    /// <summary>"sqlite" or "redis", for health checks and logs.</summary>
    string Kind { get; }

    /// <summary>Creates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>Stores a new board with its first event, atomically. False when the join code is already taken.</summary>
    Task<bool> TryCreateBoardAsync(BoardRecord board, EventEnvelope created, CancellationToken ct);

    Task<BoardRecord?> FindBoardByCodeAsync(string code, CancellationToken ct);

    Task<BoardRecord?> FindBoardAsync(Guid boardId, CancellationToken ct);

    /// <summary>
    /// Appends one event if its operation id is new on the board and its sequence number is exactly one above the
    /// board's last. Otherwise appends nothing and says why.
    /// </summary>
    Task<AppendResult> AppendAsync(Guid boardId, EventEnvelope envelope, CancellationToken ct);

    /// <summary>The event an operation id produced on a board, if it was applied.</summary>
    Task<EventEnvelope?> FindOperationAsync(Guid boardId, Guid opId, CancellationToken ct);

    /// <summary>The board's events after <paramref name="afterSeq"/>, in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<EventEnvelope>> ReadEventsAsync(Guid boardId, long afterSeq, int max, CancellationToken ct);

    /// <summary>
    /// A server-wide secret by name (e.g. the key that signs participant tokens): the stored one, or
    /// <paramref name="valueIfNew"/> stored now. Every node of a cluster gets the same value.
    /// </summary>
    Task<byte[]> GetOrAddSecretAsync(string name, byte[] valueIfNew, CancellationToken ct);
}
