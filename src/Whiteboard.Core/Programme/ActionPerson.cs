using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Programme;

/// <summary>
/// Rule PN9: who owns an action item, as far as the programme can tell people apart. Within one workshop the owner is who
/// the item names (a participant, or a name typed in free text). Across workshops there are no accounts, so an owner is
/// the same person only by the same name and the same unit, both given: a participant who gave no unit, or an owner named
/// in free text, matches only within their own workshop.
/// </summary>
public sealed record ActionPerson(Guid WorkshopId, Guid? ParticipantId, string Name, string? Unit)
{
    public static ActionPerson Of(Guid workshopId, BoardState board, ActionItem item) =>
        new(workshopId, item.OwnerId, item.OwnerName, OwnerUnits.Of(board, item));

    /// <summary>Rule PN9, the one check the follow-up page and its updates both ask.</summary>
    public static bool Same(ActionPerson a, ActionPerson b)
    {
        if (a.WorkshopId == b.WorkshopId && a.ParticipantId == b.ParticipantId
            && (a.ParticipantId is not null || Same(a.Name, b.Name))) return true;
        return Given(a.Unit) && Given(b.Unit) && Same(a.Unit!, b.Unit!) && Same(a.Name, b.Name) && Given(a.Name);
    }

    private static bool Given(string? text) => !string.IsNullOrWhiteSpace(text);

    private static bool Same(string x, string y) => string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase);
}
