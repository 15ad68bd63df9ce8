namespace Whiteboard.Client.ActionItems;

/// <summary>Due dates as people read them: the day it is here, and dates written the same way in both languages.</summary>
public static class ActionDates
{
    /// <summary>Today where this browser is (an item is overdue from the day after its due date).</summary>
    public static DateOnly Today(DateTimeOffset now, TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, time.LocalTimeZone).DateTime);

    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
