using Microsoft.AspNetCore.SignalR.Client;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Reconnect delays that back off to ten seconds and never give up: classroom Wi-Fi drops and comes back, and a tablet
/// whose lid was closed must find its board again without a reload. Jitter spreads a whole class reconnecting at once.
/// </summary>
public sealed class EndlessRetryPolicy : IRetryPolicy
{
    private static readonly TimeSpan[] Steps =
        [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);

    public static TimeSpan Delay(long previousAttempts)
    {
        var step = previousAttempts < Steps.Length ? Steps[previousAttempts] : Longest;
        return step == TimeSpan.Zero ? step : step * (0.8 + 0.4 * Random.Shared.NextDouble());
    }
}
