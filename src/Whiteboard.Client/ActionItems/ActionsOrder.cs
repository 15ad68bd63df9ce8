using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.ActionItems;

/// <summary>How the facilitator's overview of every action item is filtered and sorted.</summary>
public sealed record ActionsOrder(string Sort = ActionsOrder.ByGroup, ActionStatus? Status = null, bool OverdueOnly = false, int? Group = null)
{
    public const string ByGroup = "group";
    public const string ByDue = "due";
    public const string ByOwner = "owner";
    public const string ByStatus = "status";

    public IEnumerable<ActionOverviewItem> Apply(IEnumerable<ActionOverviewItem> items)
    {
        var shown = items.Where(a => (Status is null || a.Status == Status) && (!OverdueOnly || a.Overdue) && (Group is null || a.GroupNumber == Group));
        var byDue = shown.OrderBy(a => a.Due ?? DateOnly.MaxValue);
        return Sort switch
        {
            ByDue => byDue.ThenBy(a => a.GroupNumber),
            ByOwner => shown.OrderBy(a => a.OwnerName, StringComparer.Ordinal).ThenBy(a => a.Due ?? DateOnly.MaxValue),
            ByStatus => shown.OrderBy(a => StatusOrder(a.Status)).ThenBy(a => a.Due ?? DateOnly.MaxValue),
            _ => shown.OrderBy(a => a.GroupNumber).ThenBy(a => a.Due ?? DateOnly.MaxValue),
        };
    }

    /// <summary>What needs attention first: blocked, then not started, in progress, done.</summary>
    private static int StatusOrder(ActionStatus status) => status switch
    {
        ActionStatus.Blocked => 0,
        ActionStatus.NotStarted => 1,
        ActionStatus.InProgress => 2,
        _ => 3,
    };
}
