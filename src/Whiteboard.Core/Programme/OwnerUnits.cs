using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Programme;

/// <summary>
/// The unit (单位) of an action item's owner, the one place the programme reads it: the unit the owner gave when joining
/// or a facilitator set (rule P7); none for an owner named in free text, or one who gave none.
/// </summary>
public static class OwnerUnits
{
    public static string? Of(BoardState board, ActionItem item) => Of(board, item.OwnerId);

    public static string? Of(BoardState board, Guid? participantId) =>
        participantId is { } id && board.Participants.TryGetValue(id, out var p) && !string.IsNullOrWhiteSpace(p.Unit) ? p.Unit : null;
}
