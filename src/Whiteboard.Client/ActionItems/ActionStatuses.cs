using Whiteboard.Core.ActionItems;

namespace Whiteboard.Client.ActionItems;

/// <summary>The statuses in the order they are offered, and which may follow which (rule A5, as the core decides it).</summary>
public static class ActionStatuses
{
    public static readonly IReadOnlyList<ActionStatus> All = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Blocked];

    /// <summary>Rule A5: a done item can only be reopened as in progress; every other move, and staying, is allowed.</summary>
    public static bool MayMove(ActionStatus from, ActionStatus to) => from == to || from != ActionStatus.Done || to == ActionStatus.InProgress;

    public static string CssName(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not-started",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        _ => "blocked",
    };
}
