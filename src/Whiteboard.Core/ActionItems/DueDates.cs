namespace Whiteboard.Core.ActionItems;

/// <summary>The days action items are measured against, one for each purpose (rules A2, A4).</summary>
public static class DueDates
{
    /// <summary>
    /// Rule A2: the day a due date's range is checked from. UTC, so that every node decides the same; the range (a year back,
    /// five ahead) is far wider than the difference between zones.
    /// </summary>
    public static DateOnly TodayForRangeCheck(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>Rule A2: a due date within a year back and five years ahead.</summary>
    public static bool InRange(DateOnly due, DateTimeOffset now)
    {
        var today = TodayForRangeCheck(now);
        return due >= today.AddYears(-1) && due <= today.AddYears(5);
    }

    /// <summary>
    /// The day against which an item is overdue (<see cref="ActionItem.IsOverdue(DateOnly)"/>): the class's day, so the
    /// board, the follow-up page and the reports mark the same items wherever they are read.
    /// </summary>
    public static DateOnly TodayInClassTime(DateTimeOffset now) => Workshops.ClassTime.Today(now);
}
