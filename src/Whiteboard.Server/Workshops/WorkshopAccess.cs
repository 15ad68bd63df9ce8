using System.Globalization;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// Who asks the HTTP API about a workshop: anyone with its code, or a facilitator (the secret in the
/// <c>X-Facilitator-Secret</c> header — never in a URL, so it is not logged). Wrong codes and wrong secrets count as guesses.
/// </summary>
public sealed class WorkshopAccess(WorkshopLookup lookup, RejectionMessages messages)
{
    public const string SecretHeader = "X-Facilitator-Secret";

    public async Task<(WorkshopRecord? Workshop, IResult? Error)> FindAsync(string code, HttpContext http, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(code, Address(http), ct);
        return workshop is null ? (null, Error(failure!.Value)) : (workshop, null);
    }

    /// <summary>
    /// The workshop and how the asker may see it: as a facilitator with the right secret, else as any participant — or
    /// refused when <paramref name="facilitatorOnly"/> and there is no right secret.
    /// </summary>
    /// <param name="secret">The secret when it does not come in the header (a request body naming an earlier workshop).</param>
    public async Task<(WorkshopRecord? Workshop, Viewer Viewer, IResult? Error)> AsViewerAsync(
        string code, HttpContext http, bool facilitatorOnly, CancellationToken ct, string? secret = null)
    {
        var (workshop, error) = await FindAsync(code, http, ct);
        if (workshop is null) return (null, default, error);
        secret ??= http.Request.Headers[SecretHeader].ToString();
        if (secret.Length == 0 && !facilitatorOnly) return (workshop, Viewer.AnyParticipant, null);
        if (FacilitatorSecrets.Matches(secret, workshop.FacilitatorSecretHash)) return (workshop, Viewer.AnyFacilitator, null);
        lookup.RecordFailure(Address(http));
        return (null, default, Error(RejectionCode.InvalidFacilitatorSecret));
    }

    public IResult Error(RejectionCode code) => Results.Json(
        new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture)),
        statusCode: code switch
        {
            RejectionCode.TooManyAttempts => StatusCodes.Status429TooManyRequests,
            RejectionCode.BoardNotFound => StatusCodes.Status404NotFound,
            RejectionCode.InvalidFacilitatorSecret => StatusCodes.Status403Forbidden,
            RejectionCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        });

    private static string? Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
