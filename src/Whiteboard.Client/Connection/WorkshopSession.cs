using Whiteboard.Client.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Connection;

/// <summary>
/// A joined workshop in this browser: who this person is, and a <see cref="BoardSession"/> for each board they see — their
/// group's, or every group's for facilitators and observers. Routes what the connection receives to the right board.
/// </summary>
public sealed class WorkshopSession
{
    private readonly BoardCalls _calls;
    private readonly Dictionary<Guid, BoardSession> _boards;
    /// <summary>Stage commands for every group (rule W5), kept and sent like a board's.</summary>
    private readonly Outbox<PendingWorkshopCommand> _forAll;

    /// <param name="pending">Each board's commands kept from before a reload, by board id.</param>
    /// <param name="connected">False for a workshop opened from this browser's storage, not joined yet.</param>
    /// <param name="pendingForAll">Stage commands for every group kept from before a reload.</param>
    public WorkshopSession(JoinResult joined, BoardCalls calls, TimeProvider time,
        IReadOnlyDictionary<Guid, IReadOnlyList<PendingCommand>>? pending = null, bool connected = true,
        IEnumerable<PendingWorkshopCommand>? pendingForAll = null)
    {
        Workshop = joined.Workshop ?? throw new ArgumentException("A refused join has no workshop.", nameof(joined));
        Me = joined.ParticipantId;
        Role = joined.Role;
        FollowUpToken = joined.FollowUpToken;
        Clock = new ServerClock(time);
        Clock.Sync(joined.ServerTime);
        _calls = calls;
        _boards = joined.Boards.ToDictionary(b => b.BoardId, b => new BoardSession(b, Me, Role, joined.Online, calls, time, Clock,
            pending?.GetValueOrDefault(b.BoardId), connected));
        _forAll = new Outbox<PendingWorkshopCommand>(SendToAllAsync, time, pendingForAll, paused: !connected);
        _forAll.Refused += (command, code) => RejectedForAll?.Invoke(command.Envelope.Command, code);
        _forAll.Changed += () => PendingForAllChanged?.Invoke();
        _forAll.RejoinNeeded += () => RejoinNeeded?.Invoke();
    }

    /// <summary>A stage command for every group was refused (by a group elsewhere in the session, say).</summary>
    public event Action<BoardCommand, RejectionCode>? RejectedForAll;

    /// <summary>The stage commands for every group waiting to be sent changed: keep them (they must survive a reload).</summary>
    public event Action? PendingForAllChanged;

    /// <summary>The server did not know this connection as the workshop's: join again (what waits is sent after).</summary>
    public event Action? RejoinNeeded;

    /// <summary>Stage commands for every group the server has not answered yet: the form kept in the browser.</summary>
    public IReadOnlyList<PendingWorkshopCommand> PendingForAll => _forAll.Items;

    public WorkshopInfo Workshop { get; }
    public Guid Me { get; }
    public ParticipantRole Role { get; }
    public ServerClock Clock { get; }

    /// <summary>Opens this person's action items later, from any device, without joining (/f#t={token}); none for observers.</summary>
    public string? FollowUpToken { get; private set; }
    public bool SeesAllGroups => Role != ParticipantRole.Participant;

    /// <summary>The boards this person sees, in group order.</summary>
    public IReadOnlyList<BoardSession> Boards => [.. _boards.Values.OrderBy(b => b.State.GroupNumber)];

    /// <summary>A participant's own group; for facilitators and observers, group 1.</summary>
    public BoardSession Home => Boards[0];

    public BoardSession? Group(int number) => _boards.Values.FirstOrDefault(b => b.State.GroupNumber == number);

    public BoardSession? Board(Guid boardId) => _boards.GetValueOrDefault(boardId);

    /// <summary>Changes of every board not yet acknowledged by the server.</summary>
    public int UnsentCount => _boards.Values.Sum(b => b.UnsentCount) + _forAll.Unsent;

    /// <summary>
    /// What this browser keeps to open the workshop again without the server: the last join with each board as the
    /// server's events made it (as this person may see it), and the server's time as estimated now; nobody shown online.
    /// </summary>
    public JoinResult Kept() => new(null, null, Me, null, Role, Workshop,
        [.. Boards.Select(b => BoardSnapshot.Of(b.Confirmed))], [], Clock.Now, FollowUpToken);

    /// <summary>The connection is down: every board's commands wait for the next join.</summary>
    public void ConnectionLost()
    {
        foreach (var board in _boards.Values) board.ConnectionLost();
        _forAll.Pause();
    }

    /// <summary>
    /// The cheap check that repairs a silent divergence: the server's latest sequence number of each board, and a catch-up
    /// for every board behind it. Does nothing when the server cannot be asked now.
    /// </summary>
    public async Task CheckHeadsAsync()
    {
        if (_calls.Heads is null) return;
        var asked = _boards.Values.ToDictionary(b => b.BoardId, b => b.PresenceTick);
        IReadOnlyList<BoardHead> heads;
        try
        {
            heads = await _calls.Heads();
        }
        catch (Exception)
        {
            return; // offline: the next join catches up anyway
        }
        foreach (var head in heads)
        {
            if (Board(head.BoardId) is not { } board) continue;
            board.ConfirmOnline(head.Online, asked.GetValueOrDefault(head.BoardId));
            if (board.Confirmed.Seq < head.Seq) await board.CatchUpAsync();
        }
    }

    /// <summary>The same person with the same boards as this join: false when they were moved and the sessions must be rebuilt.</summary>
    public bool SameAs(JoinResult joined) => joined.ParticipantId == Me && joined.Role == Role && SameBoardsAs(joined);

    /// <summary>The same boards as this join: false when the person was moved and the sessions must be rebuilt.</summary>
    public bool SameBoardsAs(JoinResult joined) => joined.Boards.Select(b => b.BoardId).ToHashSet().SetEquals(_boards.Keys);

    public Task ReceiveAsync(Guid boardId, IReadOnlyList<EventEnvelope> events) =>
        _boards.TryGetValue(boardId, out var board) ? board.ReceiveAsync(events) : Task.CompletedTask;

    public void ReceivePresence(PresenceChange change) => Board(change.BoardId)?.ReceivePresence(change);

    public void ReceiveDrag(NoteDrag drag) => Board(drag.BoardId)?.ReceiveDrag(drag);

    public async Task RejoinedAsync(JoinResult joined)
    {
        var pauses = _forAll.Pauses; // a drop while the boards catch up means this join's connection is gone
        Clock.Sync(joined.ServerTime);
        FollowUpToken = joined.FollowUpToken ?? FollowUpToken;
        foreach (var snapshot in joined.Boards)
            if (_boards.TryGetValue(snapshot.BoardId, out var board)) await board.RejoinedAsync(snapshot, joined.Online);
        await _forAll.ResumeAsync(pauses);
    }

    /// <summary>
    /// Rule W5: a stage command for every group, kept and sent like a board's command until the server answers, so that it
    /// survives a reload; a refusal comes as <see cref="RejectedForAll"/>. Completes when the outbox has tried to send it.
    /// </summary>
    public Task SubmitToAllAsync(BoardCommand command) =>
        _forAll.AddAsync(new PendingWorkshopCommand(new WorkshopCommandEnvelope(Guid.NewGuid(), Workshop.WorkshopId, command)));

    /// <summary>
    /// The boards' answers as one: not a refusal while any board could not be reached or was asked too fast (sent again with
    /// the same operation id, the boards that applied it answer as before), else the first refusal, if any.
    /// </summary>
    private async Task<CommandAck> SendToAllAsync(PendingWorkshopCommand command)
    {
        if (_calls.SubmitToAll is null) return new CommandAck(command.OpId, 0, new Rejection(RejectionCode.Unavailable), null);
        var codes = (await _calls.SubmitToAll(command.Envelope)).Select(a => a.Ack.Rejection?.Code).ToList();
        var code = codes.Contains(RejectionCode.Unavailable) || codes.Contains(RejectionCode.TooFast) ? RejectionCode.Unavailable
            : codes.FirstOrDefault(c => c is not null);
        return new CommandAck(command.OpId, 0, code is { } refused ? new Rejection(refused) : null, null);
    }

    /// <summary>Rule W3: the facilitator moves a participant to another group.</summary>
    public Task<RejectionCode?> MoveParticipantAsync(Guid participantId, Guid toBoardId) =>
        CallAsync(_calls.MoveParticipant, new MoveParticipantRequest(Guid.NewGuid(), participantId, toBoardId));

    /// <summary>
    /// Rule P6: the facilitator removes someone from the workshop: their browsers leave at once and their token stops
    /// working; what they wrote stays.
    /// </summary>
    public Task<RejectionCode?> RemoveParticipantAsync(Guid participantId) =>
        CallAsync(_calls.RemoveParticipant, new RemoveParticipantRequest(Guid.NewGuid(), participantId));

    /// <summary>
    /// A facilitator signs out every other device of the workshop's facilitators: the answer carries the new secret and
    /// link, for this device only (docs/SECURITY.md).
    /// </summary>
    public async Task<SignOutResult> SignOutOtherDevicesAsync()
    {
        var opId = Guid.NewGuid();
        if (_calls.SignOutOtherDevices is null) return new SignOutResult(opId, new Rejection(RejectionCode.Unavailable), null);
        try
        {
            return await _calls.SignOutOtherDevices(new SignOutRequest(opId));
        }
        catch (Exception)
        {
            return new SignOutResult(opId, new Rejection(RejectionCode.Unavailable), null);
        }
    }

    /// <summary>A facilitator's call that is answered once, not kept: the facilitator sees the answer and may try again.</summary>
    private static async Task<RejectionCode?> CallAsync<TRequest>(Func<TRequest, Task<CommandAck>>? call, TRequest request)
    {
        if (call is null) return RejectionCode.Unavailable;
        try
        {
            return (await call(request)).Rejection?.Code;
        }
        catch (Exception)
        {
            return RejectionCode.Unavailable;
        }
    }
}
