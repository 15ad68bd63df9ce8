namespace Whiteboard.Core.Workshops;

/// <summary>
/// Rule W6: the classes run in China, so every time a screen or a report shows, and the day against which action items are
/// overdue, is China Standard Time — whatever zone the server's clock or a remote participant's browser is in — so that
/// the projector, a phone abroad and the printed report never disagree about when something happened.
/// </summary>
public static class ClassTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The moment as the class's clocks show it.</summary>
    public static DateTimeOffset Of(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The class's day at this moment (rules A4, W6).</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Of(now).DateTime);
}
