using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// Deletes a workshop and everything in it — boards, notes, names, action items (trainees' names are personal
/// information): from the store first, so nobody joins it again, then from this node's memory (and every other node's),
/// then everyone still connected is told and cut off. Follow-up links of it stop working.
/// </summary>
public sealed class WorkshopDeleting(IBoardStore store, BoardRooms rooms, BoardConnections connections, RejectionMessages messages)
{
    public async Task DeleteAsync(WorkshopRecord workshop, CancellationToken ct)
    {
        await store.DeleteWorkshopAsync(workshop.WorkshopId, ct);
        rooms.Forget(workshop.BoardIds);
        await connections.CutEveryoneAsync(workshop.BoardIds, new AccessEnded(workshop.WorkshopId, RejectionCode.WorkshopDeleted,
            messages.For(RejectionCode.WorkshopDeleted, Cultures.For(workshop.Language))));
    }
}
