using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>Rule W6: one clock for the class, whatever zone a moment was taken in.</summary>
public class ClassTimeTests
{
    [Fact]
    public void A_moment_reads_the_same_from_any_zone()
    {
        var inUtc = new DateTimeOffset(2025, 3, 6, 17, 30, 0, TimeSpan.Zero);
        var inNewYork = inUtc.ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal(new DateTimeOffset(2025, 3, 7, 1, 30, 0, TimeSpan.FromHours(8)), ClassTime.Of(inUtc));
        Assert.Equal(ClassTime.Of(inUtc).ToString("O"), ClassTime.Of(inNewYork).ToString("O"));
        Assert.Equal(new DateOnly(2025, 3, 7), ClassTime.Today(inNewYork));
    }
}
