using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Office;

/// <summary>
/// Which open action items the office looks at: an owner's name (any part of it), one unit (<see cref="NoUnit"/> for
/// owners who gave none), one workshop, or only the late ones. The server's order (overdue first, rule PN8) is kept.
/// </summary>
public sealed record OpenActionsFilter(string Owner = "", string? Unit = null, Guid? Workshop = null, bool OverdueOnly = false)
{
    public const string NoUnit = "-";

    public IEnumerable<OpenActionItem> Apply(IEnumerable<OpenActionItem> items) => items.Where(i =>
        (Owner.Trim().Length == 0 || i.Action.OwnerName.Contains(Owner.Trim(), StringComparison.OrdinalIgnoreCase))
        && (Unit is null || (Unit == NoUnit ? string.IsNullOrWhiteSpace(i.Action.OwnerUnit) : i.Action.OwnerUnit == Unit))
        && (Workshop is null || i.Action.WorkshopId == Workshop)
        && (!OverdueOnly || i.Action.Overdue));

    /// <summary>The units the items name, for the unit filter.</summary>
    public static IReadOnlyList<string> UnitsOf(IEnumerable<OpenActionItem> items) =>
        [.. items.Select(i => i.Action.OwnerUnit).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The workshops the items come from, for the workshop filter.</summary>
    public static IReadOnlyList<(Guid Id, string Title)> WorkshopsOf(IEnumerable<OpenActionItem> items) =>
        [.. items.Select(i => (i.Action.WorkshopId, i.Action.WorkshopTitle)).Distinct().OrderBy(w => w.WorkshopTitle, StringComparer.Ordinal)];
}
