using Whiteboard.Core.ActionItems;

namespace Whiteboard.Client.ActionItems;

/// <summary>
/// An action item as the editor holds it: what, the owner (a participant of the board, or a name typed for someone not
/// in the class), the due date, and the note it came from.
/// </summary>
public sealed record ActionDraft(string What, Guid? OwnerId, string OwnerName, DateOnly? Due, Guid? FromNoteId = null)
{
    /// <summary>The owner as a command names them (rule A2: exactly one of the two).</summary>
    public ActionOwner Owner => OwnerId is { } id ? new ActionOwner(id, null) : new ActionOwner(null, OwnerName);

    public static ActionDraft Of(ActionItem item) => new(item.What, item.OwnerId, item.OwnerId is null ? item.OwnerName : "", item.Due, item.FromNoteId);
}
