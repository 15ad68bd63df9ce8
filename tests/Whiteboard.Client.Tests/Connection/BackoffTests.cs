using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

public class BackoffTests
{
    [Fact]
    public void The_First_Retry_Is_At_Once()
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
    public void Each_Failure_Doubles_The_Wait_Up_To_Ten_Seconds_With_Jitter(long failures, double seconds)
    {
        for (var i = 0; i < 50; i++)
            Assert.InRange(Backoff.Delay(failures).TotalSeconds, seconds * 0.8, seconds * 1.2);
    }

    [Fact]
    public void A_Classroom_Does_Not_Retry_In_Step()
    {
        var waits = Enumerable.Range(0, 30).Select(_ => Backoff.Delay(3)).ToHashSet();

        Assert.True(waits.Count > 1);
    }
}
