namespace Whiteboard.Core.ActionItems;

/// <summary>
/// An action item (行动项): what will be done, by whom, by when, and how it stands. Made in the Action stage; it lives on
/// after the workshop, when its owner reports progress. The owner is a participant of the board (<see cref="OwnerId"/>)
/// or a person named in free text (someone not in the class); <see cref="OwnerName"/> is always the name to show.
/// </summary>
public sealed record ActionItem(
    Guid Id,
    string StageId,
    Guid? FromNoteId,
    string What,
    Guid? OwnerId,
    string OwnerName,
    DateOnly? Due,
    ActionStatus Status,
    string Progress,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool IsOpen => Status != ActionStatus.Done;

    /// <summary>Made from an anonymous note: <see cref="CreatedBy"/> is empty in every view but the maker's (rule H3).</summary>
    public bool MakerHidden { get; init; }

    /// <summary>Past its due date and not done, on a given day.</summary>
    public bool IsOverdue(DateOnly today) => IsOverdue(Status, Due, today);

    /// <summary>The same, for an item seen through the follow-up page or an overview, which carry these two only.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly? due, DateOnly today) => status != ActionStatus.Done && due < today;
}
