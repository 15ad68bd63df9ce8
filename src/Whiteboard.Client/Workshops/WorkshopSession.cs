using Whiteboard.Client.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// A joined workshop in this browser: who this person is, and a <see cref="BoardSession"/> for each board they see — their
/// group's, or every group's for facilitators and observers. Routes what the connection receives to the right board.
/// </summary>
public sealed class WorkshopSession
{
    private readonly BoardCalls _calls;
    private readonly Dictionary<Guid, BoardSession> _boards;

    public WorkshopSession(JoinResult joined, BoardCalls calls, TimeProvider time)
    {
        Workshop = joined.Workshop ?? throw new ArgumentException("A refused join has no workshop.", nameof(joined));
        Me = joined.ParticipantId;
        Role = joined.Role;
        Clock = new ServerClock(time);
        Clock.Sync(joined.ServerTime);
        _calls = calls;
        _boards = joined.Boards.ToDictionary(b => b.BoardId, b => new BoardSession(b, Me, Role, joined.Online, calls, time));
    }

    public WorkshopInfo Workshop { get; }
    public Guid Me { get; }
    public ParticipantRole Role { get; }
    public ServerClock Clock { get; }
    public bool SeesAllGroups => Role != ParticipantRole.Participant;

    /// <summary>The boards this person sees, in group order.</summary>
    public IReadOnlyList<BoardSession> Boards => [.. _boards.Values.OrderBy(b => b.State.GroupNumber)];

    /// <summary>A participant's own group; for facilitators and observers, group 1.</summary>
    public BoardSession Home => Boards[0];

    public BoardSession? Group(int number) => _boards.Values.FirstOrDefault(b => b.State.GroupNumber == number);

    public BoardSession? Board(Guid boardId) => _boards.GetValueOrDefault(boardId);

    /// <summary>The same boards as this join: false when the person was moved and the sessions must be rebuilt.</summary>
    public bool SameBoardsAs(JoinResult joined) => joined.Boards.Select(b => b.BoardId).ToHashSet().SetEquals(_boards.Keys);

    public Task ReceiveAsync(Guid boardId, IReadOnlyList<EventEnvelope> events) =>
        _boards.TryGetValue(boardId, out var board) ? board.ReceiveAsync(events) : Task.CompletedTask;

    public void ReceivePresence(PresenceChange change) => Board(change.BoardId)?.ReceivePresence(change);

    public void ReceiveDrag(NoteDrag drag) => Board(drag.BoardId)?.ReceiveDrag(drag);

    public async Task RejoinedAsync(JoinResult joined)
    {
        Clock.Sync(joined.ServerTime);
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
