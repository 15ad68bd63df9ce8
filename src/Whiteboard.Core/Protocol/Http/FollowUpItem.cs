using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>One of an owner's action items on their follow-up page.</summary>
public sealed record FollowUpItem(
    Guid BoardId, int GroupNumber, Guid ActionItemId, string What, DateOnly? Due, ActionStatus Status, string Progress, DateTimeOffset UpdatedAt);
