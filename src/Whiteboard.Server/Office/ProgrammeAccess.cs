using Microsoft.Extensions.Options;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Security;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Office;

/// <summary>
/// Who asks the programme endpoints (rules O1, O2): the office key or a facilitator link in its header — never in a URL.
/// A wrong one is a guess (rule S4), so nobody can try keys fast; a right one is never throttled.
/// </summary>
public sealed class ProgrammeAccess(OfficeKey office, FacilitatorLinks links, WorkshopLookup lookup, ApiErrors errors,
    IOptions<OfficeOptions> options)
{
    /// <param name="officeOnly">Only the office's key will do (facilitator links are refused like a wrong key).</param>
    public async Task<(ProgrammeCaller? Caller, IResult? Error)> CallerAsync(HttpContext http, bool officeOnly)
    {
        var ct = http.RequestAborted;
        var key = http.Request.Headers[CredentialHeaders.OfficeKey].ToString();
        var link = FacilitatorLinks.Presented(http);
        if (key.Length > 0)
        {
            if (await office.MatchesAsync(key, ct)) return (ProgrammeCaller.Office, null);
            return (null, await GuessedAsync(http, RejectionCode.InvalidOfficeKey));
        }
        if (link is not null && !officeOnly)
            return await links.HolderAsync(link, ct) is { } holder
                ? (new ProgrammeCaller(holder), null)
                : (null, await GuessedAsync(http, RejectionCode.InvalidFacilitatorLink));
        // Nothing presented (or a facilitator at the office's door): nothing was guessed, so nothing is spent.
        return (null, errors.Error(officeOnly ? RejectionCode.InvalidOfficeKey : RejectionCode.InvalidFacilitatorLink));
    }

    /// <summary>
    /// Whose a workshop or quick board created by this request will be (rules O2, O3): the facilitator whose link it presents,
    /// nobody's when it presents none — unless this server lets only facilitators create.
    /// </summary>
    public async Task<(Guid? Owner, IResult? Error)> CreatorAsync(HttpContext http)
    {
        if (FacilitatorLinks.Presented(http) is not { } link)
            return options.Value.OnlyFacilitatorsCreate ? (null, errors.Error(RejectionCode.FacilitatorLinkRequired)) : (null, null);
        return await links.HolderAsync(link, http.RequestAborted) is { } holder
            ? (holder.FacilitatorId, null)
            : (null, await GuessedAsync(http, RejectionCode.InvalidFacilitatorLink));
    }

    private async Task<IResult> GuessedAsync(HttpContext http, RejectionCode code) =>
        await lookup.SpendGuessAsync(ClientAddress.Of(http), http.RequestAborted) is { } wait
            ? errors.Error(RejectionCode.TooManyAttempts, wait)
            : errors.Error(code);
}
