using Whiteboard.Core.ActionItems;

namespace Whiteboard.Client.ActionItems;

/// <summary>The statuses in the order they are offered, and how each is named in CSS.</summary>
public static class ActionStatuses
{
    public static readonly IReadOnlyList<ActionStatus> All = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Blocked];

    public static string CssName(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not-started",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        _ => "blocked",
    };
}
