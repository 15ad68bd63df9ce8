using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Tests;

/// <summary>The days action items are measured against, one for each purpose.</summary>
public class DueDatesTests
{
    /// <summary>Late evening in UTC: already the next day in China.</summary>
    private static readonly DateTimeOffset Evening = new(2025, 3, 6, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Overdue_items_are_marked_against_the_day_in_class_time()
    {
        // Rule A4: the board, the follow-up page and the reports mark the same items, wherever they are read
        Assert.Equal(new DateOnly(2025, 3, 7), DueDates.TodayInClassTime(Evening));
        Assert.Equal(new DateOnly(2025, 3, 7), DueDates.TodayInClassTime(Evening.ToOffset(TimeSpan.FromHours(-5))));
        Assert.Equal(new DateOnly(2025, 3, 6), DueDates.TodayInClassTime(new DateTimeOffset(2025, 3, 6, 15, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Due_dates_are_in_range_from_a_year_back_to_five_years_ahead_of_the_day_in_UTC()
    {
        // Rule A2
        Assert.Equal(new DateOnly(2025, 3, 6), DueDates.TodayForRangeCheck(Evening));
        Assert.True(DueDates.InRange(new DateOnly(2024, 3, 6), Evening));
        Assert.False(DueDates.InRange(new DateOnly(2024, 3, 5), Evening));
        Assert.True(DueDates.InRange(new DateOnly(2030, 3, 6), Evening));
        Assert.False(DueDates.InRange(new DateOnly(2030, 3, 7), Evening));
    }
}
