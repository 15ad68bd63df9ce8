using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Background;
using Whiteboard.Client.Undo;

namespace Whiteboard.Client.Connection;

/// <summary>
/// One board this browser sees. <see cref="Confirmed"/> is the board as the server's events made it (<see cref="ConfirmedBoard"/>).
/// <see cref="State"/>, what the screen shows, is that plus this person's own commands still on their way (<see cref="Pending"/>),
/// decided and applied here with the same core: a change shows at once, and a command the server refuses simply drops out
/// of the view. Free of browser APIs: the app keeps the pending commands in the browser's storage through
/// <see cref="PendingChanged"/>; tests drive it with plain functions.
/// </summary>
public sealed class BoardSession
{
    /// <summary>How long an acknowledged event may take to arrive before this board asks for it (<see cref="AckWatch"/>).</summary>
    public static readonly TimeSpan AckedEventGrace = TimeSpan.FromSeconds(2);

    private readonly ConfirmedBoard _confirmed;
    private readonly DragPreviews _dragPreviews;
    private readonly Outbox<PendingCommand> _outbox;
    private readonly AckWatch _ackWatch;
    private readonly Func<DateTimeOffset> _now;
    private readonly Lock _gate = new();
    private readonly bool _readOnly;
    private readonly PresenceView _presence;
    private IReadOnlySet<Guid> _pendingTargets = new HashSet<Guid>();
    private long _keptVersion;

    /// <param name="clock">The server's time as estimated here, for commands decided locally; the device's time when null.</param>
    /// <param name="pending">Commands kept from before (a reload): shown at once and sent again with their operation ids.</param>
    /// <param name="connected">False when the board comes from this browser's storage and is not joined yet: nothing is sent
    /// until <see cref="RejoinedAsync"/>.</param>
    public BoardSession(BoardSnapshot snapshot, Guid me, ParticipantRole role, IEnumerable<Guid> online, BoardCalls calls, TimeProvider time,
        ServerClock? clock = null, IEnumerable<PendingCommand>? pending = null, bool connected = true)
        : this(snapshot, me, role, online, calls, time, clock, pending, connected, readOnly: false)
    {
    }

    private BoardSession(BoardSnapshot snapshot, Guid me, ParticipantRole role, IEnumerable<Guid> online, BoardCalls calls, TimeProvider time,
        ServerClock? clock, IEnumerable<PendingCommand>? pending, bool connected, bool readOnly)
    {
        _confirmed = new ConfirmedBoard(snapshot, calls.CatchUp);
        _confirmed.Resync += () => ResyncNeeded?.Invoke();
        State = _confirmed.State;
        Me = me;
        Role = role;
        _readOnly = readOnly;
        _presence = new PresenceView(online);
        _now = clock is null ? time.GetUtcNow : () => clock.Now;
        _dragPreviews = new DragPreviews((noteId, x, y) => calls.Drag(State.BoardId, noteId, x, y), time);
        _ackWatch = new AckWatch(time, AckedEventGrace, () => Confirmed.Seq, () => BackgroundWork.Run(CatchUpAsync(), "catching up on an acknowledged event"));
        _outbox = new Outbox<PendingCommand>(command => calls.Submit(command.Envelope), time, pending, paused: !connected);
        History = new UndoHistory(() => State, SubmitAsync);
        _outbox.Refused += (command, code) =>
        {
            History.Forget(command.Command);
            Refresh();
            Rejected?.Invoke(command.Command, code);
        };
        _outbox.Changed += () => Refresh();
        _outbox.RejoinNeeded += () => ResyncNeeded?.Invoke();
        _outbox.Acknowledged += _ackWatch.Expect;
        Refresh(raise: false);
    }

    /// <summary>The board as shown: the server's events plus this person's pending commands.</summary>
    public BoardState State { get; private set; }

    /// <summary>The board as the server's events made it, up to <see cref="BoardState.Seq"/>.</summary>
    public BoardState Confirmed => _confirmed.State;

    public Guid BoardId => Confirmed.BoardId;
    public Guid Me { get; }
    public ParticipantRole Role { get; }

    /// <summary>This person as the core's checks know them: what they may do is asked of the core with it.</summary>
    public Viewer Viewer => new(Me, Role);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;

    /// <summary>This person's own changes on this board, to undo and redo (sent as new commands).</summary>
    public UndoHistory History { get; }

    /// <summary>Changes not yet acknowledged by the server: what the person sees as "waiting".</summary>
    public int UnsentCount => _outbox.Unsent;

    /// <summary>This person's commands the board does not hold yet, in order: the form kept in the browser.</summary>
    public IReadOnlyList<PendingCommand> Pending => _outbox.Items;

    /// <summary>The board, who is online, or the pending commands changed.</summary>
    public event Action? Changed;
    /// <summary>The pending commands changed: keep them (they must survive a reload).</summary>
    public event Action? PendingChanged;
    /// <summary>The server refused a command: it is gone from the view.</summary>
    public event Action<BoardCommand, RejectionCode>? Rejected;
    /// <summary>Someone else is dragging a note (a preview: never stored, never applied to the state).</summary>
    public event Action<NoteDrag>? NoteDragging;

    /// <summary>
    /// This browser must join again: it applied a placeholder for an event and later received that event in full (a
    /// connection that joined during the broadcast), so its view may lack something it may see and must be loaded afresh;
    /// or the server did not know this connection as a member of the board (its commands wait for the join).
    /// </summary>
    public event Action? ResyncNeeded;

    public bool IsOnline(Guid participantId) => _presence.IsOnline(participantId);

    /// <summary>Taken before asking the server who is online (<see cref="ConfirmOnline"/>).</summary>
    public long PresenceTick => _presence.Tick;

    /// <summary>A board shown, never joined (the replay): it asks and answers nothing.</summary>
    public bool IsReadOnly => _readOnly;

    public string? NameOf(Guid participantId) => State.Participants.TryGetValue(participantId, out var p) ? p.Name : null;

    /// <summary>A note or cluster that one of this person's pending commands changes: shown as not yet saved.</summary>
    public bool IsPending(Guid noteOrClusterId) => _pendingTargets.Contains(noteOrClusterId);

    /// <summary>
    /// A board shown read-only and never joined (the replay): an observer's view, so every control is off, that sends
    /// nothing. <see cref="ShowReplayed"/> moves it to another state.
    /// </summary>
    public static BoardSession ReadOnly(BoardState state, TimeProvider time) => new(BoardSnapshot.Of(state), Guid.Empty,
        ParticipantRole.Observer, [], new BoardCalls(
            _ => throw new InvalidOperationException("A read-only board sends nothing."),
            (_, _) => Task.FromResult(new CatchUpResult([], false)),
            (_, _, _, _) => Task.CompletedTask), time, null, null, connected: false, readOnly: true);

    /// <summary>Shows a read-only board as another state made it (the replay's slider moved).</summary>
    public void ShowReplayed(BoardState state)
    {
        if (!_readOnly) throw new InvalidOperationException("Only a read-only board is replayed.");
        _confirmed.Show(state);
        Refresh();
    }

    public void ReceivePresence(PresenceChange change)
    {
        if (change.BoardId != BoardId) return;
        if (_presence.Receive(change)) Changed?.Invoke();
    }

    /// <summary>Who the server says is online, asked for at <paramref name="askedAt"/> (<see cref="PresenceTick"/>).</summary>
    public void ConfirmOnline(IEnumerable<Guid> online, long askedAt)
    {
        if (_presence.Confirm(online, askedAt)) Changed?.Invoke();
    }

    public void ReceiveDrag(NoteDrag drag)
    {
        if (drag.BoardId == BoardId && drag.ParticipantId != Me) NoteDragging?.Invoke(drag);
    }

    /// <summary>Events from the server, in order; a gap is filled by catching up first.</summary>
    public async Task ReceiveAsync(IEnumerable<EventEnvelope> events) => RefreshIfApplied(await _confirmed.ReceiveAsync(events));

    /// <summary>Asks the server for everything after the last applied event (or a fresh snapshot when too far behind).</summary>
    public async Task CatchUpAsync() => RefreshIfApplied(await _confirmed.CatchUpAsync());

    /// <summary>
    /// After a (re)join: who is online now, the events missed meanwhile, then the commands that waited — sent again with
    /// their own operation ids, in order.
    /// </summary>
    public async Task RejoinedAsync(BoardSnapshot snapshot, IEnumerable<Guid> online)
    {
        var pauses = _outbox.Pauses; // a drop while catching up below means this join's connection is gone
        // A board whose store was reset is behind us, or this view missed something: start again from what the server has.
        if (snapshot.Seq < Confirmed.Seq || _confirmed.ResyncNeeded) _confirmed.Replace(snapshot);
        _presence.Rejoined(online);
        Refresh();
        await CatchUpAsync();
        await _outbox.ResumeAsync(pauses);
    }

    /// <summary>
    /// Shows the command at once and sends it with a new operation id; it stays pending until the board holds its event
    /// (or the server refuses it). Completes when the outbox has tried to send it. The person's own change: undoable.
    /// </summary>
    public Task SubmitAsync(BoardCommand command)
    {
        History.Record(command); // its reverse is worked out from the board as shown just before it
        return _outbox.AddAsync(new PendingCommand(new CommandEnvelope(Guid.NewGuid(), BoardId, command), _now()));
    }

    /// <summary>Where a note is while this person drags it (throttled; not a change to the board).</summary>
    public void PreviewDrag(Guid noteId, double x, double y) => _dragPreviews.Preview(noteId, x, y);

    /// <summary>The connection is down: commands wait (and are kept) until the next join.</summary>
    public void ConnectionLost()
    {
        _outbox.Pause();
        _presence.ConnectionLost();
    }

    private void RefreshIfApplied(IReadOnlySet<Guid> applied)
    {
        if (applied.Count > 0) Refresh(applied, raise: true);
    }

    /// <summary>
    /// The view again from the confirmed board and the commands still pending: those the board now holds leave the outbox,
    /// the rest are shown as <see cref="PendingView"/> decides.
    /// </summary>
    private void Refresh(IReadOnlySet<Guid>? appliedOps = null, bool raise = true)
    {
        long version;
        lock (_gate)
        {
            var confirmed = Confirmed;
            // Acknowledged at or below the board's number, or just applied: the board holds it.
            _outbox.DropConfirmed(c => c.AckedSeq <= confirmed.Seq || appliedOps?.Contains(c.OpId) == true);
            (State, _pendingTargets) = PendingView.Of(confirmed, _outbox.Items, Me);
            version = _outbox.Version;
        }
        if (!raise) return;
        if (Interlocked.Exchange(ref _keptVersion, version) != version) PendingChanged?.Invoke();
        Changed?.Invoke();
    }
}
