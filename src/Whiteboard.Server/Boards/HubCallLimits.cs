using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Hub calls per connection (docs/SECURITY.md): a token bucket of <c>Limits:HubCallBurst</c> refilled at
/// <c>Limits:HubCallsPerSecond</c>; a call beyond it is refused as <c>TooFast</c> in its own typed shape (the browser keeps
/// a refused command and sends it again later). Drag previews have their own throttle (<see cref="DragRelay"/>).
/// </summary>
public sealed class HubCallLimits(IOptions<LimitOptions> options, RejectionMessages messages, TimeProvider time) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext call, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (call.HubMethodName != BoardHubMethods.Drag && ConnectionSlots.Of(call.Context)?.Calls is { } bucket)
        {
            bucket.TryReplenish();
            using var lease = bucket.AttemptAcquire(1);
            if (!lease.IsAcquired)
                return HubRefusals.For(call, RejectionCode.TooFast, messages.For(RejectionCode.TooFast, ConnectionMember.CultureOf(call.Context)),
                    time.GetUtcNow(), TokenBuckets.RetryAfter(lease, TimeSpan.FromSeconds(1)));
        }
        return await next(call);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ConnectionSlots.Open(context.Context, new ConnectionSlots(TokenBuckets.Local(options.Value.HubCallBurst, options.Value.HubCallsPerSecond)));
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            if (ConnectionSlots.Of(context.Context) is { } slots) await slots.Calls.DisposeAsync();
        }
    }
}
