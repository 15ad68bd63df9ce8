using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

public class EndlessRetryPolicyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(1_000)]
    public void Reconnecting_Never_Gives_Up_And_Never_Waits_Long(long attempts)
    {
        var delay = new EndlessRetryPolicy().NextRetryDelay(new RetryContext { PreviousRetryCount = attempts, ElapsedTime = TimeSpan.FromHours(2) });

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, TimeSpan.Zero, TimeSpan.FromSeconds(12));
    }
}
