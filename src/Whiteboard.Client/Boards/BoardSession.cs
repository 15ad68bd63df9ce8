using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>
/// One board this browser sees: the board as the events applied so far made it (the same core as the server's),
/// who is online, and the commands on their way. Events are applied strictly in sequence order (rule B4); a gap is
/// filled by catching up. Nothing here changes the board directly: every change is a command, and the board changes
/// only when its event comes back.
/// </summary>
public sealed class BoardSession
{
    private readonly BoardCalls _calls;
    private readonly DragPreviews _dragPreviews;
    private readonly CommandOutbox _outbox;
    private readonly SemaphoreSlim _applying = new(1, 1);
    private HashSet<Guid> _online;
    /// <summary>Sequence numbers this view received only as placeholders (rule H1).</summary>
    private readonly SortedSet<long> _placeholders = [];
    private bool _resync;

    public BoardSession(BoardSnapshot snapshot, Guid me, ParticipantRole role, IEnumerable<Guid> online, BoardCalls calls, TimeProvider time)
    {
        State = snapshot.ToState();
        Me = me;
        Role = role;
        _online = [.. online];
        _calls = calls;
        _dragPreviews = new DragPreviews((noteId, x, y) => calls.Drag(State.BoardId, noteId, x, y), time);
        _outbox = new CommandOutbox(calls.Submit);
        _outbox.Rejected += (command, code) => Rejected?.Invoke(command, code);
    }

    public BoardState State { get; private set; }
    public Guid Me { get; }
    public ParticipantRole Role { get; }
    public int UnsentCount => _outbox.Count;

    /// <summary>The board, who is online, or the unsent commands changed.</summary>
    public event Action? Changed;
    /// <summary>The server refused a command; nothing changed on the board.</summary>
    public event Action<BoardCommand, RejectionCode>? Rejected;
    /// <summary>Someone else is dragging a note (a preview: never stored, never applied to the state).</summary>
    public event Action<NoteDrag>? NoteDragging;

    public bool IsOnline(Guid participantId) => _online.Contains(participantId);

    public string? NameOf(Guid participantId) => State.Participants.TryGetValue(participantId, out var p) ? p.Name : null;

    /// <summary>
    /// Rules N5, H4, ST5: a note is edited, recoloured or deleted by its author or a facilitator, a hidden one by its
    /// author only, and only while its stage may be changed by this person.
    /// </summary>
    public bool MayChange(Note note) =>
        (note.AuthorId == Me || (Role == ParticipantRole.Facilitator && !note.Hidden)) && MayChangeStage(note.StageId);

    /// <summary>Rule ST5: the current stage, open — or locked, for a facilitator.</summary>
    public bool MayChangeStage(string stageId) => State.StageById(stageId) is { } stage && Role != ParticipantRole.Observer
        && (stage.Status == StageStatus.Open || (stage.Status == StageStatus.Locked && Role == ParticipantRole.Facilitator));

    /// <summary>Whether this person can add notes now: there is a current stage they may change.</summary>
    public bool MayWrite => State.CurrentStage is { } current && MayChangeStage(current.Id);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;

    /// <summary>
    /// Set when this browser applied a placeholder for an event and later received that event in full (a connection that
    /// joined during the broadcast): its view may lack something it may see, so it must load the board afresh.
    /// </summary>
    public event Action? ResyncNeeded;

    public async Task ReceiveAsync(IEnumerable<EventEnvelope> events)
    {
        var before = State.Seq;
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
                        _resync = true;
                        ResyncNeeded?.Invoke();
                    }
                    continue;
                }
                if (envelope.Seq > State.Seq + 1) await FillGapAsync();
                if (envelope.Seq == State.Seq + 1) Apply(envelope);
            }
        }
        finally
        {
            _applying.Release();
        }
        if (State.Seq != before) Changed?.Invoke();
    }

    public async Task CatchUpAsync()
    {
        var before = State.Seq;
        await _applying.WaitAsync();
        try
        {
            await FillGapAsync();
        }
        finally
        {
            _applying.Release();
        }
        if (State.Seq != before) Changed?.Invoke();
    }

    /// <summary>After a reconnect: who is online now, the events missed meanwhile, then the commands that waited.</summary>
    public async Task RejoinedAsync(BoardSnapshot snapshot, IEnumerable<Guid> online)
    {
        // A board whose store was reset is behind us, or this view missed something: start again from what the server has.
        if (snapshot.Seq < State.Seq || _resync)
        {
            State = snapshot.ToState();
            _placeholders.Clear();
            _resync = false;
        }
        _online = [.. online];
        Changed?.Invoke();
        await CatchUpAsync();
        await _outbox.FlushAsync();
        Changed?.Invoke();
    }

    public void ReceivePresence(PresenceChange change)
    {
        if (change.BoardId != State.BoardId) return;
        var changed = change.Online ? _online.Add(change.ParticipantId) : _online.Remove(change.ParticipantId);
        if (changed) Changed?.Invoke();
    }

    public void ReceiveDrag(NoteDrag drag)
    {
        if (drag.BoardId == State.BoardId && drag.ParticipantId != Me) NoteDragging?.Invoke(drag);
    }

    /// <summary>Sends a command with a new operation id; it changes the board when its event arrives.</summary>
    public async Task SubmitAsync(BoardCommand command)
    {
        var sending = _outbox.EnqueueAsync(new CommandEnvelope(Guid.NewGuid(), State.BoardId, command));
        Changed?.Invoke();
        await sending;
        Changed?.Invoke();
    }

    /// <summary>Where a note is while this person drags it (throttled; not a change to the board).</summary>
    public void PreviewDrag(Guid noteId, double x, double y) => _dragPreviews.Preview(noteId, x, y);

    private void Apply(EventEnvelope envelope)
    {
        State = Board.Apply(State, envelope);
        if (envelope.Event is EventHidden)
        {
            _placeholders.Add(envelope.Seq);
            if (_placeholders.Count > 2_000) _placeholders.Remove(_placeholders.Min());
        }
    }

    private async Task FillGapAsync()
    {
        while (true)
        {
            CatchUpResult result;
            try
            {
                result = await _calls.CatchUp(State.BoardId, State.Seq);
            }
            catch (Exception)
            {
                return; // the connection dropped: the next join catches up
            }
            var before = State.Seq;
            foreach (var envelope in result.Events)
                if (envelope.Seq == State.Seq + 1) Apply(envelope);
            if (!result.HasMore || State.Seq == before) return;
        }
    }
}
