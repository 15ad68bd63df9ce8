namespace Whiteboard.Client.ActionItems;

/// <summary>Due dates as people read them: written the same way in both languages.</summary>
public static class ActionDates
{
    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
