using System.Security.Cryptography;
using System.Text;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.FollowUp;

/// <summary>
/// Rule A4: an owner's personal follow-up link, without an account. The token names the workshop and the owner and carries
/// an HMAC with a server-wide key kept in the store, so it opens that owner's items and nobody else's, on any node.
/// </summary>
public sealed class FollowUpLinks(IBoardStore store)
{
    private const string KeyName = "follow-up-link-key";
    private byte[]? _key;

    /// <summary>
    /// The page an owner opens with their token. The token is in the fragment, which a browser never sends, so no access
    /// log keeps it; the page sends it in a header. Links of the older form (/f/{token}) still open.
    /// </summary>
    public static string Url(string baseUrl, string token) => $"{baseUrl}/f#t={token}";

    public async Task<string> IssueAsync(Guid workshopId, ActionOwnerKey owner, CancellationToken ct)
    {
        var payload = $"{workshopId:N}|{owner}";
        return $"{FacilitatorSecrets.Base64Url(Encoding.UTF8.GetBytes(payload))}.{FacilitatorSecrets.Base64Url(Sign(await KeyAsync(ct), payload))}";
    }

    /// <summary>The workshop and owner the token was issued for, or null when it is malformed or forged.</summary>
    public async Task<(Guid WorkshopId, ActionOwnerKey Owner)?> VerifyAsync(string? token, CancellationToken ct)
    {
        if (token is null || token.Length > 400 || token.Split('.') is not [var body, var mac]) return null;
        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(FromBase64Url(body));
        }
        catch (FormatException)
        {
            return null;
        }
        var expected = FacilitatorSecrets.Base64Url(Sign(await KeyAsync(ct), payload));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(expected))) return null;
        return payload.Split('|', 2) is [var workshop, var owner] && Guid.TryParseExact(workshop, "N", out var workshopId)
            && ActionOwnerKey.Parse(owner) is { } key
            ? (workshopId, key)
            : null;
    }

    private async Task<byte[]> KeyAsync(CancellationToken ct) =>
        _key ??= await store.GetOrAddSecretAsync(KeyName, RandomNumberGenerator.GetBytes(32), ct);

    private static byte[] Sign(byte[] key, string payload) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("wb-followup|" + payload));

    private static byte[] FromBase64Url(string text)
    {
        var b64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '='));
    }
}
