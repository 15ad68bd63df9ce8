using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// Creates a workshop (rule W1): decides each group board's first event with the core, draws a free join code and the
/// facilitator and observer secrets, and stores it all at once.
/// </summary>
public sealed class WorkshopCreator(IBoardStore store, TimeProvider time)
{
    private const int CodeAttempts = 16;

    /// <param name="facilitatorId">The facilitator whose link from the office created it (rule O2).</param>
    /// <param name="flow">The flow every board is made from (its steps) and the record keeps (its guides); none for a quick board.</param>
    public async Task<(CreatedWorkshop? Workshop, Rejection? Rejection)> CreateAsync(
        string? title, BoardLanguage language, WorkshopTemplate template, int groups, CancellationToken ct,
        IReadOnlyList<CarriedAction>? carried = null, Flow? flow = null, Guid? facilitatorId = null)
    {
        IReadOnlyList<StageDefinition>? steps = flow is null ? null : [.. flow.Steps.Select(s => s.Stage)];
        if (groups is < 1 or > BoardLimits.MaxGroupsPerWorkshop) return (null, new Rejection(RejectionCode.WorkshopGroupsOutOfRange));
        var workshopId = Guid.NewGuid();
        var now = time.GetUtcNow();
        var boardIds = Enumerable.Range(0, groups).Select(_ => Guid.NewGuid()).ToList();
        var created = new List<EventEnvelope>();
        foreach (var (boardId, group) in boardIds.Select((id, i) => (id, i + 1)))
        {
            var decision = Board.Decide(BoardState.Empty(boardId),
                new CreateBoard(title ?? "", language, workshopId, group, template, carried, steps), new CommandContext(Guid.Empty, now));
            if (!decision.IsAccepted) return (null, decision.Rejection);
            created.Add(new EventEnvelope(1, Guid.NewGuid(), Guid.Empty, now, decision.Event!));
        }
        var facilitatorSecret = FacilitatorSecrets.New();
        var observerSecret = FacilitatorSecrets.New();
        var cleanTitle = ((BoardCreated)created[0].Event).Title;
        for (var i = 0; i < CodeAttempts; i++)
        {
            var record = new WorkshopRecord(workshopId, JoinCodes.New(), cleanTitle, language, template,
                FacilitatorSecrets.Hash(facilitatorSecret), FacilitatorSecrets.Hash(observerSecret), now, boardIds, flow, facilitatorId);
            if (await store.TryCreateWorkshopAsync(record, created, ct))
                return (new CreatedWorkshop(record, facilitatorSecret, observerSecret), null);
        }
        return (null, new Rejection(RejectionCode.Unavailable)); // 16 taken codes in a row: the code space is nearly full
    }
}
