using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;

namespace Whiteboard.Server.Storage;

/// <summary>
/// While the store is unreachable, every hub call is answered with its own kind of refusal — "temporarily unavailable" —
/// instead of a server error, so the browser keeps its commands in the outbox and sends them again later.
/// </summary>
public sealed class StoreOutageHubFilter(RejectionMessages messages, TimeProvider time) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext call, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(call);
        }
        catch (StoreUnavailableException)
        {
            return HubRefusals.For(call, RejectionCode.Unavailable,
                messages.For(RejectionCode.Unavailable, ConnectionMember.CultureOf(call.Context)), time.GetUtcNow(), TimeSpan.FromSeconds(2));
        }
    }
}
