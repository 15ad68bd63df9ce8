using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// One of an owner's action items on their follow-up page; <see cref="WorkshopTitle"/> names the workshop of an item from
/// another workshop than the link's (rule PN9), and is null for the link's own.
/// </summary>
public sealed record FollowUpItem(
    Guid BoardId, int GroupNumber, Guid ActionItemId, string What, DateOnly? Due, ActionStatus Status, string Progress, DateTimeOffset UpdatedAt,
    string? WorkshopTitle = null);
