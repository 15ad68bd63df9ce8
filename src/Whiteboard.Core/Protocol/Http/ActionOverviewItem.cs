using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// GET /api/workshops/{code}/actions (facilitator): every action item of the workshop, with its owner's follow-up link to
/// send them (by WeChat, mail, a printed slip).
/// </summary>
public sealed record ActionOverviewItem(
    Guid BoardId, int GroupNumber, Guid ActionItemId, string What, string OwnerName, bool OwnerIsParticipant, DateOnly? Due,
    ActionStatus Status, string Progress, DateTimeOffset UpdatedAt, bool Overdue, string FollowUpUrl);
