using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>
/// One board this browser sees. <see cref="Confirmed"/> is the board as the server's events made it, applied strictly in
/// sequence order (rule B4; a gap is filled by catching up). <see cref="State"/>, what the screen shows, is that plus this
/// person's own commands still on their way (<see cref="Pending"/>), decided and applied here with the same core: a change
/// shows at once, and a command the server refuses simply drops out of the view. Free of browser APIs: the app keeps the
/// pending commands in the browser's storage through <see cref="PendingChanged"/>; tests drive it with plain functions.
/// </summary>
public sealed partial class BoardSession
{
    private readonly BoardCalls _calls;
    private readonly DragPreviews _dragPreviews;
    private readonly CommandOutbox _outbox;
    private readonly Func<DateTimeOffset> _now;
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly Lock _gate = new();
    private HashSet<Guid> _online;
    private IReadOnlySet<Guid> _pendingTargets = new HashSet<Guid>();
    private long _keptVersion;

    /// <param name="clock">The server's time as estimated here, for commands decided locally; the device's time when null.</param>
    /// <param name="pending">Commands kept from before (a reload): shown at once and sent again with their operation ids.</param>
    /// <param name="connected">False when the board comes from this browser's storage and is not joined yet: nothing is sent
    /// until <see cref="RejoinedAsync"/>.</param>
    public BoardSession(BoardSnapshot snapshot, Guid me, ParticipantRole role, IEnumerable<Guid> online, BoardCalls calls, TimeProvider time,
        ServerClock? clock = null, IEnumerable<PendingCommand>? pending = null, bool connected = true)
    {
        Confirmed = State = snapshot.ToState();
        Me = me;
        Role = role;
        _online = [.. online];
        _calls = calls;
        _now = clock is null ? time.GetUtcNow : () => clock.Now;
        _dragPreviews = new DragPreviews((noteId, x, y) => calls.Drag(State.BoardId, noteId, x, y), time);
        _outbox = new CommandOutbox(calls.Submit, time, pending, paused: !connected);
        _outbox.Refused += (command, code) =>
        {
            Refresh();
            Rejected?.Invoke(command.Command, code);
        };
        _outbox.Changed += () => Refresh();
        _outbox.RejoinNeeded += () => ResyncNeeded?.Invoke();
        _outbox.Acknowledged += seq => WatchFor(seq, time);
        Refresh(raise: false);
    }

    /// <summary>
    /// How long an acknowledged event may take to arrive before this board asks for it: the broadcast that carries it may be
    /// lost (a backplane is at most once), and the acknowledgement already says the board has reached that number.
    /// </summary>
    public static readonly TimeSpan AckedEventGrace = TimeSpan.FromSeconds(2);

    private ITimer? _ackWatch;
    private long _awaitedSeq;

    private void WatchFor(long seq, TimeProvider time)
    {
        lock (_gate)
        {
            if (seq <= _awaitedSeq) return;
            _awaitedSeq = seq;
            _ackWatch ??= time.CreateTimer(_ =>
            {
                lock (_gate)
                {
                    _ackWatch?.Dispose();
                    _ackWatch = null;
                    if (Confirmed.Seq >= _awaitedSeq) return;
                }
                _ = CatchUpAsync();
            }, null, AckedEventGrace, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The board as shown: the server's events plus this person's pending commands.</summary>
    public BoardState State { get; private set; }

    /// <summary>The board as the server's events made it, up to <see cref="BoardState.Seq"/>.</summary>
    public BoardState Confirmed { get; private set; }

    public Guid BoardId => Confirmed.BoardId;
    public Guid Me { get; }
    public ParticipantRole Role { get; }

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

    public bool IsOnline(Guid participantId) => _online.Contains(participantId);

    public string? NameOf(Guid participantId) => State.Participants.TryGetValue(participantId, out var p) ? p.Name : null;

    /// <summary>A note or cluster that one of this person's pending commands changes: shown as not yet saved.</summary>
    public bool IsPending(Guid noteOrClusterId) => _pendingTargets.Contains(noteOrClusterId);

    /// <summary>This person as the core's checks know them: what they may do is asked of the core with it.</summary>
    public Viewer Viewer => new(Me, Role);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;

    /// <summary>
    /// A board shown read-only and never joined (the replay): an observer's view, so every control is off, that sends
    /// nothing. <see cref="ShowReplayed"/> moves it to another state.
    /// </summary>
    public static BoardSession ReadOnly(BoardState state, TimeProvider time) => new(BoardSnapshot.Of(state), Guid.Empty,
        ParticipantRole.Observer, [], new BoardCalls(
            _ => throw new InvalidOperationException("A read-only board sends nothing."),
            (_, _) => Task.FromResult(new CatchUpResult([], false)),
            (_, _, _, _) => Task.CompletedTask), time, connected: false)
    { _readOnly = true };

    private bool _readOnly;

    /// <summary>Shows a read-only board as another state made it (the replay's slider moved).</summary>
    public void ShowReplayed(BoardState state)
    {
        if (!_readOnly) throw new InvalidOperationException("Only a read-only board is replayed.");
        lock (_gate) Confirmed = state;
        Refresh();
    }

    public void ReceivePresence(PresenceChange change)
    {
        if (change.BoardId != BoardId) return;
        var changed = change.Online ? _online.Add(change.ParticipantId) : _online.Remove(change.ParticipantId);
        if (changed) Changed?.Invoke();
    }

    public void ReceiveDrag(NoteDrag drag)
    {
        if (drag.BoardId == BoardId && drag.ParticipantId != Me) NoteDragging?.Invoke(drag);
    }

    /// <summary>
    /// Shows the command at once and sends it with a new operation id; it stays pending until the board holds its event
    /// (or the server refuses it). Completes when the outbox has tried to send it.
    /// </summary>
    public Task SubmitAsync(BoardCommand command) =>
        _outbox.AddAsync(new PendingCommand(new CommandEnvelope(Guid.NewGuid(), BoardId, command), _now()));

    /// <summary>Where a note is while this person drags it (throttled; not a change to the board).</summary>
    public void PreviewDrag(Guid noteId, double x, double y) => _dragPreviews.Preview(noteId, x, y);

    /// <summary>The connection is down: commands wait (and are kept) until the next join.</summary>
    public void ConnectionLost() => _outbox.Pause();

    /// <summary>
    /// The view again from the confirmed board and the commands still pending: those the board now holds leave the outbox;
    /// the rest are decided by the core as this person, at the time they were made, and applied with provisional sequence
    /// numbers beyond the confirmed one. One the core refuses here is not shown (the server will say why).
    /// </summary>
    private void Refresh(IReadOnlySet<Guid>? appliedOps = null, bool raise = true)
    {
        long version;
        lock (_gate)
        {
            _outbox.DropConfirmed(Confirmed.Seq, appliedOps ?? new HashSet<Guid>());
            var view = Confirmed;
            var targets = new HashSet<Guid>();
            foreach (var pending in _outbox.Items)
            {
                var decision = Board.Decide(view, pending.Command, new CommandContext(Me, pending.At));
                if (!decision.IsAccepted) continue;
                view = Board.Apply(view, new EventEnvelope(view.Seq + 1, pending.OpId, Me, pending.At, decision.Event!));
                targets.UnionWith(PendingTargets.Of(pending.Command));
            }
            (State, _pendingTargets) = (view, targets);
            version = _outbox.Version;
        }
        if (!raise) return;
        if (Interlocked.Exchange(ref _keptVersion, version) != version) PendingChanged?.Invoke();
        Changed?.Invoke();
    }
}
