using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Office;

/// <summary>
/// Rule O2: a facilitator's personal link from the office — 192 random bits, kept as a SHA-256 hash, revocable. It opens
/// "my workshops" on any device, makes the workshops created with it theirs, and opens their consoles like the workshop's
/// own facilitator link.
/// </summary>
public sealed class FacilitatorLinks(IBoardStore store)
{
    /// <summary>The page a facilitator opens; the key is in the fragment, which browsers never send, so no log keeps it.</summary>
    public static string Url(string baseUrl, string key) => $"{baseUrl}/mine#key={key}";

    /// <summary>The unrevoked facilitator whose link this is, or null.</summary>
    public async Task<FacilitatorRecord?> HolderAsync(string? presented, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > 128) return null;
        return await store.FindFacilitatorByLinkHashAsync(FacilitatorSecrets.Hash(presented), ct) is { Revoked: false } holder ? holder : null;
    }

    /// <summary>The facilitator link of the request (its header), when it presents one.</summary>
    public static string? Presented(HttpContext http) =>
        http.Request.Headers[CredentialHeaders.FacilitatorLink].ToString() is { Length: > 0 } link ? link : null;
}
