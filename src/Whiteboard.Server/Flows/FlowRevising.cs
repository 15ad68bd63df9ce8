using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Flows;

/// <summary>
/// Rule F5 for a whole workshop: every group's board must take the revision (Core's <see cref="FlowRevision"/>) before any
/// is changed, so a step that ran in one group refuses it for all; then each board gets it as one server-issued command
/// (its operation id derived from the browser's, so a retry applies once), and the workshop keeps the flow with its guides.
/// </summary>
public sealed class FlowRevising(BoardRooms rooms, IBoardStore store)
{
    public async Task<RejectionCode?> ReviseAsync(WorkshopRecord workshop, ReviseFlowRequest request, CancellationToken ct)
    {
        var boards = await rooms.OfAsync(workshop, ct);
        if (FlowRevision.Check(boards.Select(b => b.State), request.Flow) is { } refused) return refused;
        var steps = new ReviseSteps(FlowRevision.StepsOf(request.Flow));
        foreach (var board in boards)
        {
            // A group that moved into a changed step between the check and here refuses on its own board (Core decides
            // again under the board's lock); the groups before it keep the revision, and the answer says why.
            var outcome = await board.SubmitAsync(OperationIds.For(request.OpId, board.BoardId), Guid.Empty, steps, ct);
            if (outcome.Rejection is { } rejection) return rejection.Code;
        }
        await store.SetWorkshopFlowAsync(workshop.WorkshopId, request.Flow, ct);
        return null;
    }
}
