using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Programme;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.FollowUp;

/// <summary>
/// A verified follow-up link: the owner it was issued for, as a person (rule PN9), its workshop, and the boards where that
/// person may own items — the workshop's own and those of every other workshop they were in.
/// </summary>
public sealed record OpenedFollowUp(ActionOwnerKey Owner, ActionPerson Person, WorkshopRecord Workshop, IReadOnlyList<FollowUpBoard> Boards)
{
    /// <summary>Rules A4, PN9: the link opens and updates an item when its owner is the link's person.</summary>
    public bool Owns(FollowUpBoard board, ActionItem item) =>
        ActionPerson.Same(Person, ActionPerson.Of(board.Workshop.WorkshopId, board.Room.State, item));
}
