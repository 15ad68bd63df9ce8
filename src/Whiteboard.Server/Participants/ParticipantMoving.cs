using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Rule W3: the facilitator moves a participant to another group. The old board records that they left, the new one that
/// they joined; their open browsers leave the old board at once (a connection that stays would be refused there anyway,
/// the board no longer has them) and are told to join again, which lands them in the new group.
/// </summary>
public sealed class ParticipantMoving(BoardRooms rooms, BoardConnections connections, IHubContext<BoardHub, IBoardClient> hub)
{
    public async Task<Rejection?> MoveAsync(WorkshopRecord workshop, Guid facilitatorId, MoveParticipantRequest request, CancellationToken ct)
    {
        var boards = await rooms.OfAsync(workshop, ct);
        var to = boards.FirstOrDefault(b => b.BoardId == request.ToBoardId);
        if (to is null) return new Rejection(RejectionCode.BoardNotFound);
        var from = boards.FirstOrDefault(b => b.State.RoleOf(request.ParticipantId) == ParticipantRole.Participant);
        if (from is null) return new Rejection(RejectionCode.NotJoined);
        if (from == to) return null;
        var person = from.State.Participants[request.ParticipantId];

        var left = await from.SubmitAsync(OperationIds.For(request.OpId, from.BoardId), facilitatorId, new LeaveBoard(person.Id), ct);
        if (left.Rejection is { } notLeft) return notLeft;
        var joined = await to.SubmitAsync(OperationIds.For(request.OpId, to.BoardId), person.Id,
            new JoinBoard(person.Id, person.Name, ParticipantRole.Participant, person.Location, person.Unit), ct);
        if (joined.Rejection is { } notJoined) return notJoined;

        await connections.CutAsync(person.Id, [from.BoardId]);
        await hub.Clients.Group(BoardGroups.Participant(person.Id)).ParticipantMoved(new ParticipantMove(person.Id, from.BoardId, to.BoardId));
        return null;
    }
}
