using Whiteboard.Core.Rejections;
using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Storage;

/// <summary>The HTTP API's answer while the store is unreachable: 503 with the typed, localised "temporarily unavailable".</summary>
public sealed class StoreOutageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ApiErrors errors)
    {
        try
        {
            await next(context);
        }
        catch (StoreUnavailableException) when (!context.Response.HasStarted)
        {
            await errors.WriteAsync(context, RejectionCode.Unavailable);
        }
    }
}
