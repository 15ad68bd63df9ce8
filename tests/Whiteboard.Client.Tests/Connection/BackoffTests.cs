using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

public class BackoffTests
{
    [Fact]
    public void The_first_retry_is_at_once()
    {
        Assert.Equal(TimeSpan.Zero, Backoff.Delay(0));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(1_000, 10)]
    public void Each_failure_doubles_the_wait_up_to_ten_seconds_with_jitter(long failures, double seconds)
    {
        for (var i = 0; i < 50; i++)
            Assert.InRange(Backoff.Delay(failures).TotalSeconds, seconds * 0.8, seconds * 1.2);
    }

    [Fact]
    public void A_classroom_does_not_retry_in_step()
    {
        var waits = Enumerable.Range(0, 30).Select(_ => Backoff.Delay(3)).ToHashSet();

        Assert.True(waits.Count > 1);
    }
}
