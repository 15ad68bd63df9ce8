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

    /// <param name="pending">Each board's commands kept from before a reload, by board id.</param>
    /// <param name="connected">False for a workshop opened from this browser's storage, not joined yet.</param>
    public WorkshopSession(JoinResult joined, BoardCalls calls, TimeProvider time,
        IReadOnlyDictionary<Guid, IReadOnlyList<PendingCommand>>? pending = null, bool connected = true)
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
    }

    public WorkshopInfo Workshop { get; }
    public Guid Me { get; }
    public ParticipantRole Role { get; }
    public ServerClock Clock { get; }

    /// <summary>Opens this person's action items later, from any device, without joining (/f/{token}); none for observers.</summary>
    public string? FollowUpToken { get; private set; }
    public bool SeesAllGroups => Role != ParticipantRole.Participant;

    /// <summary>The boards this person sees, in group order.</summary>
    public IReadOnlyList<BoardSession> Boards => [.. _boards.Values.OrderBy(b => b.State.GroupNumber)];

    /// <summary>A participant's own group; for facilitators and observers, group 1.</summary>
    public BoardSession Home => Boards[0];

    public BoardSession? Group(int number) => _boards.Values.FirstOrDefault(b => b.State.GroupNumber == number);

    public BoardSession? Board(Guid boardId) => _boards.GetValueOrDefault(boardId);

    /// <summary>Changes of every board not yet acknowledged by the server.</summary>
    public int UnsentCount => _boards.Values.Sum(b => b.UnsentCount);

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
    }

    /// <summary>
    /// The cheap check that repairs a silent divergence: the server's latest sequence number of each board, and a catch-up
    /// for every board behind it. Does nothing when the server cannot be asked now.
    /// </summary>
    public async Task CheckHeadsAsync()
    {
        if (_calls.Heads is null) return;
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
            if (Board(head.BoardId) is { } board && board.Confirmed.Seq < head.Seq) await board.CatchUpAsync();
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
        Clock.Sync(joined.ServerTime);
        FollowUpToken = joined.FollowUpToken ?? FollowUpToken;
        foreach (var snapshot in joined.Boards)
            if (_boards.TryGetValue(snapshot.BoardId, out var board)) await board.RejoinedAsync(snapshot, joined.Online);
    }

    /// <summary>Rule W5: a stage command for every group; the refusals, if any (one per board at most).</summary>
    public async Task<IReadOnlyList<RejectionCode>> SubmitToAllAsync(BoardCommand command)
    {
        if (_calls.SubmitToAll is null) return [RejectionCode.Unavailable];
        try
        {
            var acks = await _calls.SubmitToAll(new WorkshopCommandEnvelope(Guid.NewGuid(), Workshop.WorkshopId, command));
            return [.. acks.Where(a => a.Ack.Rejection is not null).Select(a => a.Ack.Rejection!.Code).Distinct()];
        }
        catch (Exception)
        {
            return [RejectionCode.Unavailable];
        }
    }

    /// <summary>Rule W3: the facilitator moves a participant to another group.</summary>
    public async Task<RejectionCode?> MoveParticipantAsync(Guid participantId, Guid toBoardId)
    {
        if (_calls.MoveParticipant is null) return RejectionCode.Unavailable;
        try
        {
            var ack = await _calls.MoveParticipant(new MoveParticipantRequest(Guid.NewGuid(), participantId, toBoardId));
            return ack.Rejection?.Code;
        }
        catch (Exception)
        {
            return RejectionCode.Unavailable;
        }
    }
}
