using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>
/// One board on this node: its state in memory and a gate that orders its commands. The store stays the truth: every
/// append is checked against the stored sequence, and a node that lost a race catches up and decides again.
/// </summary>
public sealed class BoardRoom(Guid boardId, IBoardStore store, IHubContext<BoardHub, IBoardClient> hub, TimeProvider time)
{
    private const int MaxConflictRetries = 20;
    private const int ReadPage = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BoardState _state = BoardState.Empty(boardId);

    public Guid BoardId => boardId;

    /// <summary>The latest state this node knows; a snapshot in time (immutable).</summary>
    public BoardState State => _state;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public async Task LoadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try { await CatchUpFromStore(ct); }
        finally { _gate.Release(); }
    }

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
                if (await store.FindOperationAsync(boardId, opId, ct) is { } original) return SubmitOutcome.Applied(original);
                var now = time.GetUtcNow();
                var decision = Board.Decide(_state, command, new CommandContext(actorId, now));
                if (!decision.IsAccepted) return SubmitOutcome.Rejected(decision.Rejection!);
                var envelope = new EventEnvelope(_state.Seq + 1, opId, actorId, now, decision.Event!);
                switch (await store.AppendAsync(boardId, envelope, ct))
                {
                    case AppendResult.Appended:
                        _state = Board.Apply(_state, envelope);
                        await hub.Clients.Group(BoardGroups.Of(boardId)).EventsAppended(boardId, [envelope]);
                        return SubmitOutcome.Applied(envelope);
                    case AppendResult.DuplicateOperation:
                    case AppendResult.SequenceConflict:
                        await CatchUpFromStore(ct); // another node wrote first; the loop looks again
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

    public Task<IReadOnlyList<EventEnvelope>> ReadAfterAsync(long afterSeq, int max, CancellationToken ct) =>
        store.ReadEventsAsync(boardId, afterSeq, max, ct);

    private async Task CatchUpFromStore(CancellationToken ct)
    {
        while (true)
        {
            var events = await store.ReadEventsAsync(boardId, _state.Seq, ReadPage, ct);
            foreach (var e in events) _state = Board.Apply(_state, e);
            if (events.Count < ReadPage) return;
        }
    }
}
