namespace Whiteboard.Core.Programme;

/// <summary>
/// Rule PN8: every open action item of the given workshops in one list — overdue first, then by due date (none last), then
/// by workshop and group — so the office chases the late ones first.
/// </summary>
public static class OpenActions
{
    public static IReadOnlyList<OpenAction> Of(IEnumerable<WorkshopFacts> workshops, DateOnly today) =>
        [.. workshops.SelectMany(w => w.Boards.SelectMany(b => b.Actions.Values.Where(a => a.IsOpen).Select(a =>
                new OpenAction(w.WorkshopId, w.Title, b.BoardId, b.GroupNumber, a.Id, a.What, a.OwnerId, a.OwnerName, OwnerUnits.Of(b, a),
                    a.Due, a.Status, a.Progress, a.UpdatedAt, a.IsOverdue(today)))))
            .OrderByDescending(a => a.Overdue)
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.WorkshopTitle, StringComparer.Ordinal)
            .ThenBy(a => a.GroupNumber)
            .ThenBy(a => a.ActionItemId)];
}
