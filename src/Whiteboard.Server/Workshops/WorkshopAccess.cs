using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Office;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// Who asks the HTTP API about a workshop: anyone with its code, or a facilitator (the secret, or the personal link
/// of the facilitator who made it (rule O2), in the <c>X-Facilitator-Secret</c> header — never in a URL, so it is not logged). Wrong codes and wrong secrets are guesses
/// (rule S4); a right secret is never throttled.
/// </summary>
public sealed class WorkshopAccess(WorkshopLookup lookup, FacilitatorCredential credential, ApiErrors errors)
{
    public async Task<(WorkshopRecord? Workshop, IResult? Error)> FindAsync(string code, HttpContext http, CancellationToken ct)
    {
        var found = await lookup.FindAsync(code, ClientAddress.Of(http), credential: null, ct);
        return found.Workshop is { } workshop ? (workshop, null) : (null, errors.Error(found.Failure!.Value, found.RetryAfter));
    }

    /// <summary>The workshop when the request presents its facilitator secret (the header, or <paramref name="secret"/>).</summary>
    /// <param name="secret">The secret when it does not come in the header (a request body naming an earlier workshop).</param>
    public async Task<(WorkshopRecord? Workshop, IResult? Error)> AsFacilitatorAsync(string code, HttpContext http, CancellationToken ct,
        string? secret = null)
    {
        secret ??= http.Request.Headers[CredentialHeaders.FacilitatorSecret].ToString();
        var found = await lookup.FindAsync(code, ClientAddress.Of(http),
            workshop => credential.OpensAsync(workshop, secret, ct), ct);
        if (found.Workshop is null) return (null, errors.Error(found.Failure!.Value, found.RetryAfter));
        return found.CredentialValid ? (found.Workshop, null) : (null, errors.Error(RejectionCode.InvalidFacilitatorSecret));
    }
}
