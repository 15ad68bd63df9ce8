using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Cases;

/// <summary>
/// Rule K1: what happened afterwards — one action item of the case's group as its follow-up stands now (rule A4), read
/// whenever the case is shown or printed, so the library never shows last month's news.
/// </summary>
public sealed record CaseAfterward(string What, string OwnerName, DateOnly? Due, ActionStatus Status, string Progress,
    DateTimeOffset UpdatedAt, bool Overdue)
{
    /// <summary>Every action item of the board, by due date, overdue ones marked against <paramref name="today"/>.</summary>
    public static IReadOnlyList<CaseAfterward> Of(BoardState board, DateOnly today) =>
        [.. board.Actions.Values.OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)
            .Select(a => new CaseAfterward(a.What, a.OwnerName, a.Due, a.Status, a.Progress, a.UpdatedAt, a.IsOverdue(today)))];
}
