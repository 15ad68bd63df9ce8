using Whiteboard.Core.Boards;

namespace Whiteboard.Core.ActionItems;

/// <summary>
/// An open action item of an earlier workshop, brought into a later one's Reflection stage so the cohort reflects on what
/// actually happened. A copy as it stood when the later workshop was made; read-only there.
/// </summary>
public sealed record CarriedAction(Guid ActionItemId, int FromGroup, string What, string OwnerName, DateOnly? Due, ActionStatus Status, string Progress)
{
    /// <summary>Rule A8: what a follow-on workshop carries from an earlier one — every group's open items, as they stand.</summary>
    public static IReadOnlyList<CarriedAction> OpenFrom(IEnumerable<BoardState> earlierGroups) =>
        [.. earlierGroups.SelectMany(b => b.Actions.Values.Where(a => a.IsOpen)
            .Select(a => new CarriedAction(a.Id, b.GroupNumber, a.What, a.OwnerName, a.Due, a.Status, a.Progress)))];
}
