using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

public class EndlessRetryPolicyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1_000)]
    public void Reconnecting_never_gives_up_and_never_waits_long(long attempts)
    {
        var delay = new EndlessRetryPolicy().NextRetryDelay(new RetryContext { PreviousRetryCount = attempts, ElapsedTime = TimeSpan.FromHours(2) });

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, TimeSpan.Zero, TimeSpan.FromSeconds(12));
    }
}
