using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Hosting;

/// <summary>
/// The HTTP API's limits from ASP.NET Core's rate limiter and Kestrel (docs/SECURITY.md): workshops and boards created
/// per address (<see cref="Creating"/>, a token bucket shared through Redis when nodes share one), and the size of a JSON
/// body. Refusals have the API's error shape and a <c>Retry-After</c>.
/// </summary>
public static class RequestLimits
{
    public const string Creating = "creating";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Creating, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value;
                return http.RequestServices.GetRequiredService<TokenBuckets>()
                    .Partition("create", ClientAddress.Of(http), limits.CreateBurst, limits.CreatesPerMinute);
            });
            o.OnRejected = (rejected, _) => new ValueTask(rejected.HttpContext.RequestServices.GetRequiredService<ApiErrors>().WriteAsync(
                rejected.HttpContext, RejectionCode.TooFast, TokenBuckets.RetryAfter(rejected.Lease, TimeSpan.FromSeconds(20))));
        });

    /// <summary>
    /// JSON bodies of the API are read up to <c>Limits:MaxRequestBodyKilobytes</c>: a larger one is refused before it is
    /// read when it says its length, and stopped where it passes the limit when it does not.
    /// </summary>
    public static async Task CapBodies(HttpContext http, Func<Task> next)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next();
            return;
        }
        var limit = 1024L * http.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value.MaxRequestBodyKilobytes;
        var errors = http.RequestServices.GetRequiredService<ApiErrors>();
        if (http.Request.ContentLength > limit)
        {
            await errors.WriteAsync(http, RejectionCode.RequestTooLarge);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        await next();
        if (http.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
            await errors.WriteAsync(http, RejectionCode.RequestTooLarge);
    }
}
