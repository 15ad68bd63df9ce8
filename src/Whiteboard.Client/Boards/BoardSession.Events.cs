using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Boards;

/// <summary>The server's side of a session: events in order, catching up after gaps and absences, joining again.</summary>
public sealed partial class BoardSession
{
    /// <summary>Sequence numbers this view received only as placeholders (rule H1).</summary>
    private readonly SortedSet<long> _placeholders = [];
    private bool _resync;

    /// <summary>
    /// This browser must join again: it applied a placeholder for an event and later received that event in full (a
    /// connection that joined during the broadcast), so its view may lack something it may see and must be loaded afresh;
    /// or the server did not know this connection as a member of the board (its commands wait for the join).
    /// </summary>
    public event Action? ResyncNeeded;

    public async Task ReceiveAsync(IEnumerable<EventEnvelope> events)
    {
        var applied = new HashSet<Guid>();
        await _applying.WaitAsync();
        try
        {
            foreach (var envelope in events.OrderBy(e => e.Seq))
            {
                if (envelope.Seq <= Confirmed.Seq)
                {
                    // Already in the snapshot or a catch-up; but a placeholder now seen in full means this view is short.
                    if (envelope.Event is not EventHidden && _placeholders.Contains(envelope.Seq))
                    {
                        _resync = true;
                        ResyncNeeded?.Invoke();
                    }
                    continue;
                }
                if (envelope.Seq > Confirmed.Seq + 1) await FillGapAsync(applied);
                if (envelope.Seq == Confirmed.Seq + 1) Apply(envelope, applied);
            }
        }
        finally
        {
            _applying.Release();
        }
        if (applied.Count > 0) Refresh(applied);
    }

    /// <summary>Asks the server for everything after the last applied event (or a fresh snapshot when too far behind).</summary>
    public async Task CatchUpAsync()
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
        if (applied.Count > 0) Refresh(applied);
    }

    /// <summary>
    /// After a (re)join: who is online now, the events missed meanwhile, then the commands that waited — sent again with
    /// their own operation ids, in order.
    /// </summary>
    public async Task RejoinedAsync(BoardSnapshot snapshot, IEnumerable<Guid> online)
    {
        var pauses = _outbox.Pauses; // a drop while catching up below means this join's connection is gone
        // A board whose store was reset is behind us, or this view missed something: start again from what the server has.
        if (snapshot.Seq < Confirmed.Seq || _resync) Replace(snapshot);
        _online = [.. online];
        Refresh();
        await CatchUpAsync();
        await _outbox.ResumeAsync(pauses);
    }

    private void Replace(BoardSnapshot snapshot)
    {
        lock (_gate)
        {
            Confirmed = snapshot.ToState();
            _placeholders.Clear();
            _resync = false;
        }
    }

    private void Apply(EventEnvelope envelope, HashSet<Guid> applied)
    {
        lock (_gate) Confirmed = Board.Apply(Confirmed, envelope);
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
                result = await _calls.CatchUp(BoardId, Confirmed.Seq);
            }
            catch (Exception)
            {
                return; // the connection dropped: the next join catches up
            }
            if (result.Snapshot is { } snapshot && snapshot.Seq >= Confirmed.Seq)
            {
                // Too far behind (older events are compacted): the board as it is now; pending commands stay pending.
                Replace(snapshot);
                applied.Add(Guid.Empty); // the view must be worked out again
                return;
            }
            var before = Confirmed.Seq;
            foreach (var envelope in result.Events)
                if (envelope.Seq == Confirmed.Seq + 1) Apply(envelope, applied);
            if (!result.HasMore || Confirmed.Seq == before) return;
        }
    }
}
