using System.Globalization;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;

namespace Whiteboard.Server.Storage;

/// <summary>The HTTP API's answer while the store is unreachable: 503 with the typed, localised "temporarily unavailable".</summary>
public sealed class StoreOutageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RejectionMessages messages)
    {
        try
        {
            await next(context);
        }
        catch (StoreUnavailableException) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "2";
            await context.Response.WriteAsJsonAsync(new ApiError(RejectionCode.Unavailable,
                messages.For(RejectionCode.Unavailable, CultureInfo.CurrentUICulture)));
        }
    }
}
