using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Participants;

/// <summary>
/// "Sign out every other device" (docs/SECURITY.md): a facilitator link left on a classroom computer, or sent too widely,
/// stops working. The workshop gets a new facilitator secret, given only to the device that asked; every other facilitator
/// leaves every group (their tokens no longer let them in) and their connections are cut at once.
/// </summary>
public sealed class FacilitatorSignOut(IBoardStore store, BoardRooms rooms, BoardConnections connections, RejectionMessages messages)
{
    public async Task<(string? Secret, Rejection? Rejection)> SignOutOthersAsync(WorkshopRecord workshop, Guid keeperId, Guid opId, CancellationToken ct)
    {
        var secret = FacilitatorSecrets.New();
        await store.SetFacilitatorSecretAsync(workshop.WorkshopId, FacilitatorSecrets.Hash(secret), ct);
        var boards = await rooms.OfAsync(workshop, ct);
        var others = boards.SelectMany(b => b.State.Participants.Values)
            .Where(p => p.Active && p.Role == ParticipantRole.Facilitator && p.Id != keeperId).Select(p => p.Id).Distinct().ToList();
        var ended = new AccessEnded(workshop.WorkshopId, RejectionCode.SignedOut, messages.For(RejectionCode.SignedOut, Cultures.For(workshop.Language)));
        foreach (var other in others)
        {
            foreach (var board in boards.Where(b => b.State.IsMember(other)))
            {
                var left = await board.SubmitAsync(OperationIds.For(OperationIds.For(opId, board.BoardId), other), keeperId, new LeaveBoard(other), ct);
                if (left.Rejection is { Code: not RejectionCode.NotJoined } refused) return (null, refused);
            }
            await connections.CutAsync(other, workshop.BoardIds, ended);
        }
        return (secret, null);
    }
}
