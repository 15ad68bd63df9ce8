using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Programme;

/// <summary>
/// The programme's numbers for a period (数据看板, rules PN1–PN6): what the workshops made in it did, counted from their
/// boards' stored events, so every node and every reader gets the same numbers.
/// </summary>
public sealed record ProgrammeNumbers(
    ProgrammePeriod Period,
    int Workshops,
    int Groups,
    int TraineesInRoom,
    int TraineesRemote,
    double Hours,
    int ActionsMade,
    int ActionsDone,
    int ActionsOverdue,
    int ActionsBlocked,
    IReadOnlyList<CompletionRow> ByUnit,
    IReadOnlyList<CompletionRow> ByFacilitator,
    int CasesDrafted,
    int CasesPublished,
    IReadOnlyList<MonthRow> Months)
{
    public int Trainees => TraineesInRoom + TraineesRemote;

    public double? CompletionRate => Completion.Rate(ActionsMade, ActionsDone);

    /// <summary>
    /// From the workshops a reader may see and the cases written from them; <paramref name="today"/> is the class's day
    /// (rule W6) that overdue items are measured against.
    /// </summary>
    public static ProgrammeNumbers Of(IEnumerable<WorkshopFacts> workshops, IEnumerable<ProgrammeCase> cases, ProgrammePeriod period, DateOnly today)
    {
        var visible = workshops.ToList();
        var tallies = visible.Where(w => period.Contains(w.CreatedAt)).Select(WorkshopTally.Of).ToList();
        var actions = tallies.SelectMany(t => t.Actions).ToList();
        var ids = visible.Select(w => w.WorkshopId).ToHashSet();
        var theirs = cases.Where(c => ids.Contains(c.WorkshopId)).ToList();
        return new ProgrammeNumbers(period, tallies.Count, tallies.Sum(t => t.Groups), tallies.Sum(t => t.InRoom), tallies.Sum(t => t.Remote),
            Math.Round(tallies.Sum(t => t.Hours.TotalHours), 1),
            actions.Count, actions.Count(a => a.Item.Status == ActionStatus.Done), actions.Count(a => a.Item.IsOverdue(today)),
            actions.Count(a => a.Item.Status == ActionStatus.Blocked),
            Rows(actions.GroupBy(a => Key(a.Unit)).Select(g => new CompletionRow(g.Key, g.Count(), g.Count(a => a.Item.Status == ActionStatus.Done)))),
            Rows(tallies.GroupBy(t => t.Workshop.FacilitatorId).Select(g => new CompletionRow(
                g.Key is null ? null : g.First().Workshop.FacilitatorName ?? "", g.Sum(t => t.Actions.Count), g.Sum(t => t.Done)))),
            theirs.Count(c => period.Contains(c.CreatedAt)), theirs.Count(c => c.PublishedAt is { } at && period.Contains(at)), MonthsOf(tallies));
    }

    private static string? Key(string? unit) => string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();

    /// <summary>Named rows by name, the row without a name last.</summary>
    private static IReadOnlyList<CompletionRow> Rows(IEnumerable<CompletionRow> rows) =>
        [.. rows.OrderBy(r => r.Name is null).ThenBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Rule PN4: every month from the first workshop's to the last one's, empty months too, so the bars keep time.</summary>
    private static IReadOnlyList<MonthRow> MonthsOf(IReadOnlyList<WorkshopTally> tallies)
    {
        if (tallies.Count == 0) return [];
        static int Index(DateTimeOffset at)
        {
            var day = ClassTime.Today(at);
            return (day.Year * 12) + day.Month - 1;
        }
        var byMonth = tallies.ToLookup(t => Index(t.Workshop.CreatedAt));
        var (first, last) = (tallies.Min(t => Index(t.Workshop.CreatedAt)), tallies.Max(t => Index(t.Workshop.CreatedAt)));
        return [.. Enumerable.Range(first, last - first + 1).Select(i =>
        {
            var month = byMonth[i].ToList();
            return new MonthRow(i / 12, (i % 12) + 1, month.Count, month.Sum(t => t.Groups), month.Sum(t => t.Trainees),
                Math.Round(month.Sum(t => t.Hours.TotalHours), 1), month.Sum(t => t.Actions.Count), month.Sum(t => t.Done));
        })];
    }
}
