using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Programme;

/// <summary>An action item still open, seen across workshops (rule PN8): whose, where it was decided, by when, how it stands.</summary>
public sealed record OpenAction(
    Guid WorkshopId,
    string WorkshopTitle,
    Guid BoardId,
    int GroupNumber,
    Guid ActionItemId,
    string What,
    Guid? OwnerId,
    string OwnerName,
    string? OwnerUnit,
    DateOnly? Due,
    ActionStatus Status,
    string Progress,
    DateTimeOffset UpdatedAt,
    bool Overdue);
