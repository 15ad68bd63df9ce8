using System.Globalization;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;

namespace Whiteboard.Server.Hosting;

/// <summary>
/// The HTTP API's one way to refuse (docs/PROTOCOL.md): <see cref="ApiError"/> in the request's language, with one status
/// per code everywhere, and <c>Retry-After</c> when waiting helps.
/// </summary>
public sealed class ApiErrors(RejectionMessages messages)
{
    public IResult Error(RejectionCode code, TimeSpan? retryAfter = null)
    {
        var seconds = Seconds(code, retryAfter);
        var body = new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture), seconds);
        var json = Results.Json(body, statusCode: StatusOf(code));
        return seconds is { } wait ? new WithRetryAfter(json, wait) : json;
    }

    /// <summary>For middleware that answers before an endpoint runs (the rate limiter, the body-size check, an outage).</summary>
    public async Task WriteAsync(HttpContext http, RejectionCode code, TimeSpan? retryAfter = null)
    {
        var seconds = Seconds(code, retryAfter);
        http.Response.StatusCode = StatusOf(code);
        if (seconds is { } wait) http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture), seconds));
    }

    public static int StatusOf(RejectionCode code) => code switch
    {
        RejectionCode.TooManyAttempts or RejectionCode.TooFast or RejectionCode.TooManyJoins => StatusCodes.Status429TooManyRequests,
        RejectionCode.BoardNotFound or RejectionCode.WorkshopDeleted or RejectionCode.InvalidFollowUpLink or RejectionCode.ActionItemNotFound
            or RejectionCode.FlowNotFound or RejectionCode.FacilitatorNotFound => StatusCodes.Status404NotFound,
        RejectionCode.InvalidFacilitatorSecret or RejectionCode.InvalidObserverSecret or RejectionCode.InvalidToken or RejectionCode.SignedOut
            or RejectionCode.InvalidOfficeKey or RejectionCode.InvalidFacilitatorLink or RejectionCode.FacilitatorLinkRequired
            => StatusCodes.Status403Forbidden,
        RejectionCode.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        RejectionCode.StepAlreadyRan => StatusCodes.Status409Conflict,
        RejectionCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Whole seconds to wait: as the limiter said, or two for an outage (the store is usually back soon).</summary>
    private static int? Seconds(RejectionCode code, TimeSpan? retryAfter) =>
        retryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
        : code == RejectionCode.Unavailable ? 2
        : null;

    private sealed class WithRetryAfter(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(http);
        }
    }
}
