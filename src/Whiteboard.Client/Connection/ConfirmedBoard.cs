using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// A board as the server's events made it: applied strictly in sequence order (rule B4), a gap filled by catching up
/// (rule S2), a board too far behind replaced by the server's snapshot. Remembers which events this view received only as
/// placeholders (rule H1), so that one later seen in full tells it to join again.
/// </summary>
public sealed class ConfirmedBoard(BoardSnapshot snapshot, Func<Guid, long, Task<CatchUpResult>> catchUp)
{
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly Lock _gate = new();
    /// <summary>Sequence numbers this view received only as placeholders (rule H1).</summary>
    private readonly SortedSet<long> _placeholders = [];

    /// <summary>The board up to its last applied event.</summary>
    public BoardState State { get; private set; } = snapshot.ToState();

    /// <summary>This view may lack something it may see: it must be loaded afresh at the next join.</summary>
    public bool ResyncNeeded { get; private set; }

    /// <summary>A placeholder was later received in full: this browser must join again.</summary>
    public event Action? Resync;

    /// <summary>Applies the events that follow the last applied one; a gap is filled first. The operation ids applied.</summary>
    public async Task<IReadOnlySet<Guid>> ReceiveAsync(IEnumerable<EventEnvelope> events)
    {
        var applied = new HashSet<Guid>();
        await _applying.WaitAsync();
        try
        {
            foreach (var envelope in events.OrderBy(e => e.Seq))
            {
                if (envelope.Seq <= State.Seq)
                {
                    // Already in the snapshot or a catch-up; but a placeholder now seen in full means this view is short.
                    if (envelope.Event is not EventHidden && _placeholders.Contains(envelope.Seq))
                    {
                        ResyncNeeded = true;
                        Resync?.Invoke();
                    }
                    continue;
                }
                if (envelope.Seq > State.Seq + 1) await FillGapAsync(applied);
                if (envelope.Seq == State.Seq + 1) Apply(envelope, applied);
            }
        }
        finally
        {
            _applying.Release();
        }
        return applied;
    }

    /// <summary>Asks the server for everything after the last applied event (or a fresh snapshot when too far behind).</summary>
    public async Task<IReadOnlySet<Guid>> CatchUpAsync()
    {
        var applied = new HashSet<Guid>();
        await _applying.WaitAsync();
        try
        {
            await FillGapAsync(applied);
        }
        finally
        {
            _applying.Release();
        }
        return applied;
    }

    /// <summary>Starts again from what the server has now (pending commands are not this board's business).</summary>
    public void Replace(BoardSnapshot snapshot)
    {
        lock (_gate)
        {
            State = snapshot.ToState();
            _placeholders.Clear();
            ResyncNeeded = false;
        }
    }

    /// <summary>Shows another state as it is (a read-only board, replayed).</summary>
    public void Show(BoardState state)
    {
        lock (_gate) State = state;
    }

    private void Apply(EventEnvelope envelope, HashSet<Guid> applied)
    {
        lock (_gate) State = Board.Apply(State, envelope);
        applied.Add(envelope.OpId);
        if (envelope.Event is EventHidden)
        {
            _placeholders.Add(envelope.Seq);
            if (_placeholders.Count > 2_000) _placeholders.Remove(_placeholders.Min());
        }
    }

    private async Task FillGapAsync(HashSet<Guid> applied)
    {
        while (true)
        {
            CatchUpResult result;
            try
            {
                result = await catchUp(State.BoardId, State.Seq);
            }
            catch (Exception)
            {
                return; // the connection dropped: the next join catches up
            }
            if (result.Snapshot is { } fresh && fresh.Seq >= State.Seq)
            {
                // Too far behind (older events are compacted): the board as it is now; pending commands stay pending.
                Replace(fresh);
                applied.Add(Guid.Empty); // the view must be worked out again
                return;
            }
            var before = State.Seq;
            foreach (var envelope in result.Events)
                if (envelope.Seq == State.Seq + 1) Apply(envelope, applied);
            if (!result.HasMore || State.Seq == before) return;
        }
    }
}
