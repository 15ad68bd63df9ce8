using System.Collections.Concurrent;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>
/// One board on this node: its state in memory and a gate that orders its commands. The store stays the truth: every
/// append is checked against the stored sequence, and a node that lost a race catches up and decides again; a refusal is
/// checked against the store's latest too (another node may have opened the stage this copy still thinks closed).
/// The room knows no sockets: each new event goes to <paramref name="publish"/> with the state before it, in order.
/// </summary>
public sealed class BoardRoom(Guid boardId, IBoardStore store, Func<BoardState, EventEnvelope, Task> publish, TimeProvider time)
{
    /// <summary>Races lost in a row before giving up; the back-off after the third makes even a hot board settle.</summary>
    private const int MaxConflictRetries = 50;
    private const int ReadPage = 500;
    /// <summary>How many of the latest events a catch-up is answered from (docs/PROTOCOL.md); further behind, a snapshot.</summary>
    public const int RecentEvents = 1000;
    /// <summary>
    /// Among the recent events, every this many keeps the state before it: a catch-up replays at most this many events
    /// from the nearest kept state before projecting, where a state per event would hold a board version per event.
    /// </summary>
    public const int StateEvery = 100;
    /// <summary>How often the board's state is kept as a snapshot, so that loading it never replays more than this.</summary>
    public const int SnapshotEvery = 200;

    /// <summary>The recent events in order, with the state before the event kept at most every <see cref="StateEvery"/>.</summary>
    private readonly ConcurrentQueue<(BoardState? Before, EventEnvelope Event)> _recent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BoardState _state = BoardState.Empty(boardId);
    /// <summary>The board as it was after the last event of the last history page served (one replay at a time resumes).</summary>
    private volatile BoardState? _historyEnd;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public Guid BoardId => boardId;

    /// <summary>The latest state this node knows; a snapshot in time (immutable).</summary>
    public BoardState State => _state;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    /// <summary>From the latest kept snapshot and the events after it (rule B4: the same state a full replay gives).</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (await store.LoadSnapshotAsync(boardId, ct) is { } snapshot) _state = snapshot.ToState();
            await CatchUpFromStore(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Catches up with what other nodes appended (distributed mode): a node's copy is only as fresh as its last write or
    /// refresh, so anything answered from it — a join's snapshot, a catch-up, the heads — refreshes first.
    /// </summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try { await CatchUpFromOthers(ct); }
        finally { _gate.Release(); }
    }

    /// <summary>Refreshes only when the last refresh is older than <paramref name="age"/> (for what is asked often: drag previews).</summary>
    public Task RefreshWithinAsync(TimeSpan age, CancellationToken ct) =>
        store.Shared && time.GetUtcNow() - _refreshedAt > age ? RefreshAsync(ct) : Task.CompletedTask;

    /// <summary>
    /// Decides, stores, broadcasts (rules B2, S1). Broadcasting inside the gate keeps every connection's stream in order.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(Guid opId, Guid actorId, BoardCommand command, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            LastUsed = time.GetUtcNow();
            for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
            {
                var now = time.GetUtcNow();
                var decision = Board.Decide(_state, command, new CommandContext(actorId, now));
                if (!decision.IsAccepted && await CatchUpFromOthers(ct))
                    decision = Board.Decide(_state, command, new CommandContext(actorId, now)); // refused on a stale copy?
                if (!decision.IsAccepted)
                {
                    // A retry of an applied command decides differently the second time (its note exists now): answer as before.
                    return await store.FindOperationAsync(boardId, opId, ct) is { } original
                        ? SubmitOutcome.Applied(original)
                        : SubmitOutcome.Rejected(decision.Rejection!);
                }
                var envelope = new EventEnvelope(_state.Seq + 1, opId, actorId, now, decision.Event!);
                switch (await store.AppendAsync(boardId, envelope, ct))
                {
                    case AppendResult.Appended:
                        var before = Apply(envelope);
                        await publish(before, envelope);
                        if (envelope.Seq % SnapshotEvery == 0) await store.SaveSnapshotAsync(boardId, BoardSnapshot.Of(_state), ct);
                        return SubmitOutcome.Applied(envelope);
                    case AppendResult.DuplicateOperation: // a retry of an applied command (or another node applied it meanwhile)
                        await CatchUpFromStore(ct);
                        return SubmitOutcome.Applied((await store.FindOperationAsync(boardId, opId, ct))!);
                    case AppendResult.BoardGone: // the workshop was deleted (maybe on another node): this copy is all that is left
                        _state = BoardState.Empty(boardId);
                        return SubmitOutcome.Rejected(new Rejection(RejectionCode.BoardNotFound));
                    case AppendResult.SequenceConflict: // another node wrote first: catch up and decide again
                        await CatchUpFromStore(ct);
                        if (attempt >= 3) await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), time, ct);
                        break;
                }
            }
            return SubmitOutcome.Rejected(new Rejection(RejectionCode.Unavailable));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Rule S2: the events after <paramref name="afterSeq"/> as <paramref name="viewer"/> may see them, at most
    /// <paramref name="max"/>. Projecting an event needs the state just before it, rebuilt from the nearest state kept
    /// with a recent event; a viewer further behind than the recent events gets the board as they may see it now instead
    /// (older events are compacted into it).
    /// </summary>
    public CatchUpResult ReadAfter(long afterSeq, int max, Viewer viewer)
    {
        var recent = _recent.ToArray();
        var state = _state;
        if (afterSeq >= state.Seq) return new CatchUpResult([], false);
        var first = Array.FindIndex(recent, r => r.Event.Seq > afterSeq);
        if (first < 0) return new CatchUpResult([], false); // the state moved on after the copy: the next call has them
        var from = first;
        while (from >= 0 && recent[from].Before is null) from--;
        if (from < 0 || recent[first].Event.Seq != afterSeq + 1 || recent[^1].Event.Seq - afterSeq > RecentEvents)
            return new CatchUpResult([], false, Snapshot: BoardSnapshot.Of(Visibility.Snapshot(state, viewer)));
        var before = recent[from].Before!;
        for (var i = from; i < first; i++) before = Board.Apply(before, recent[i].Event);
        var events = new List<EventEnvelope>(Math.Min(max, recent.Length - first));
        for (var i = first; i < recent.Length && events.Count < max; i++)
        {
            events.Add(Visibility.Project(before, recent[i].Event, viewer));
            before = Board.Apply(before, recent[i].Event);
        }
        return new CatchUpResult(events, recent.Length - first > max);
    }

    /// <summary>
    /// Every event after <paramref name="afterSeq"/>, as <paramref name="viewer"/> may see them, replayed from the store (the
    /// replay of a whole session, where compaction into a snapshot is not wanted). At most <paramref name="max"/>.
    /// </summary>
    public async Task<CatchUpResult> HistoryAsync(long afterSeq, int max, Viewer viewer, CancellationToken ct)
    {
        // The replay asks for the next page right after the last: it resumes where that one ended, not from the first event.
        var state = _historyEnd is { } end && end.Seq == afterSeq ? end : BoardState.Empty(boardId);
        var projected = new List<EventEnvelope>();
        while (true)
        {
            var events = await store.ReadEventsAsync(boardId, state.Seq, ReadPage, ct);
            foreach (var e in events)
            {
                if (e.Seq > afterSeq)
                {
                    if (projected.Count == max)
                    {
                        _historyEnd = state;
                        return new CatchUpResult(projected, true);
                    }
                    projected.Add(Visibility.Project(state, e, viewer));
                }
                state = Board.Apply(state, e);
            }
            if (events.Count < ReadPage) return new CatchUpResult(projected, false);
        }
    }

    /// <summary>What other nodes appended meanwhile, true when there was anything; none when this node is the store's only writer.</summary>
    private async Task<bool> CatchUpFromOthers(CancellationToken ct) => store.Shared && await CatchUpFromStore(ct);

    private async Task<bool> CatchUpFromStore(CancellationToken ct)
    {
        _refreshedAt = time.GetUtcNow();
        var before = _state.Seq;
        while (true)
        {
            var events = await store.ReadEventsAsync(boardId, _state.Seq, ReadPage, ct);
            foreach (var e in events) Apply(e);
            if (events.Count < ReadPage) return _state.Seq != before;
        }
    }

    /// <summary>Applies an event in order and remembers it (every <see cref="StateEvery"/> with the state before it); returns that state.</summary>
    private BoardState Apply(EventEnvelope envelope)
    {
        var before = _state;
        _state = Board.Apply(_state, envelope);
        // Sequence numbers run without gaps, so every StateEvery-th keeps one; the first after a load too.
        var keep = _recent.IsEmpty || envelope.Seq % StateEvery == 0;
        _recent.Enqueue((keep ? before : null, envelope));
        // A kept state at or before the oldest event served stays: up to StateEvery more events than are served.
        while (_recent.Count > RecentEvents + StateEvery) _recent.TryDequeue(out _);
        return before;
    }
}
