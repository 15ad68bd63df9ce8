using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Rule P6: the facilitator removes someone from the workshop. Each board they are on records it (the core decides who may
/// remove whom); their connections leave every board at once and are told why; their token no longer lets them in.
/// </summary>
public sealed class ParticipantRemoving(BoardRooms rooms, BoardConnections connections, RejectionMessages messages)
{
    public async Task<Rejection?> RemoveAsync(WorkshopRecord workshop, Guid facilitatorId, RemoveParticipantRequest request, CancellationToken ct)
    {
        var boards = await rooms.OfAsync(workshop, ct);
        var on = boards.Where(b => b.State.IsMember(request.ParticipantId)).ToList();
        if (on.Count == 0) return new Rejection(RejectionCode.NotJoined);
        foreach (var board in on)
        {
            var removed = await board.SubmitAsync(OperationIds.For(request.OpId, board.BoardId), facilitatorId,
                new RemoveParticipant(request.ParticipantId), ct);
            if (removed.Rejection is { } refused) return refused;
        }
        await connections.CutAsync(request.ParticipantId, workshop.BoardIds, new AccessEnded(workshop.WorkshopId,
            RejectionCode.ParticipantRemoved, messages.For(RejectionCode.ParticipantRemoved, Cultures.For(workshop.Language))));
        return null;
    }
}
