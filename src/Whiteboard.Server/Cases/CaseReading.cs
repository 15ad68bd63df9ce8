using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Reports;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Cases;

/// <summary>
/// A case as it is shown (rule K1): with its facilitator's name and, for one case at a time, its write-up and what happened
/// afterwards — its group's action items as the board has them now, so an owner's report from a phone shows at once. A
/// list carries neither: a library's hundreds of results need titles and tags, not every part of every case.
/// </summary>
public sealed class CaseReading(IBoardStore store, BoardRooms rooms, TimeProvider time)
{
    public async Task<CaseView> ViewAsync(Case c, bool withAfterwards, CancellationToken ct)
    {
        var name = c.FacilitatorId is { } f ? (await store.FindFacilitatorAsync(f, ct))?.Name : null;
        if (!withAfterwards) return new CaseView(c with { Sections = CaseSections.Empty }, [], name);
        var board = await store.FindWorkshopAsync(c.WorkshopId, ct) is { } workshop
            ? (await rooms.OfAsync(workshop, ct)).FirstOrDefault(r => r.BoardId == c.BoardId)?.State
            : null;
        return new CaseView(c, board is null ? [] : CaseAfterward.Of(board, ReportWords.Today(time.GetUtcNow())), name);
    }

    public async Task<IReadOnlyList<CaseView>> ViewsAsync(IEnumerable<Case> cases, bool withAfterwards, CancellationToken ct)
    {
        var views = new List<CaseView>();
        foreach (var c in cases) views.Add(await ViewAsync(c, withAfterwards, ct));
        return views;
    }
}
