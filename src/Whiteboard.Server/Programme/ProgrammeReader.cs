using Whiteboard.Core.Cases;
using Whiteboard.Core.Programme;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Office;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Programme;

/// <summary>
/// What the programme's numbers are counted from (rules PN1–PN9): the workshops a caller sees (the office every one, a
/// facilitator theirs, rule O2) with their boards as the stored events made them — each board caught up with the store
/// first, so every node counts the same.
/// </summary>
public sealed class ProgrammeReader(IBoardStore store, BoardRooms rooms)
{
    public async Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(ProgrammeCaller caller, CancellationToken ct)
    {
        var names = (await store.FacilitatorsAsync(ct)).ToDictionary(f => f.FacilitatorId, f => f.Name);
        var result = new List<WorkshopFacts>();
        foreach (var workshop in await store.WorkshopsAsync(ct))
            if (caller.Sees(workshop)) result.Add(await FactsAsync(workshop, names, ct));
        return result;
    }

    /// <summary>The facilitators whose records a caller sees: the office every one, a facilitator their own.</summary>
    public async Task<IReadOnlyList<ProgrammeFacilitator>> FacilitatorsAsync(ProgrammeCaller caller, CancellationToken ct) =>
        [.. (await store.FacilitatorsAsync(ct))
            .Where(f => caller.IsOffice || f.FacilitatorId == caller.Facilitator!.FacilitatorId)
            .Select(f => new ProgrammeFacilitator(f.FacilitatorId, f.Name, f.Unit, f.Revoked))];

    /// <summary>
    /// Every case of the library, drafts too (rule PN6); the numbers count only those of the workshops the caller sees.
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeCase>> CasesAsync(CancellationToken ct) =>
        [.. (await store.CasesAsync(new CaseQuery(), ct)).Select(ProgrammeCase.Of)];

    private async Task<WorkshopFacts> FactsAsync(WorkshopRecord workshop, IReadOnlyDictionary<Guid, string> facilitatorNames, CancellationToken ct)
    {
        var boards = (await rooms.OfAsync(workshop, ct)).Select(r => r.State).ToList();
        return new WorkshopFacts(workshop.WorkshopId, workshop.Title, workshop.CreatedAt, workshop.FacilitatorId,
            workshop.FacilitatorId is { } id ? facilitatorNames.GetValueOrDefault(id) : null, boards);
    }
}
