using Microsoft.AspNetCore.SignalR.Client;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Reconnecting never gives up: a tablet whose lid was closed must find its board again without a reload. The waits are
/// the browser's one <see cref="Backoff"/>.
/// </summary>
public sealed class EndlessRetryPolicy : IRetryPolicy
{
    public TimeSpan? NextRetryDelay(RetryContext retryContext) => Backoff.Delay(retryContext.PreviousRetryCount);
}
