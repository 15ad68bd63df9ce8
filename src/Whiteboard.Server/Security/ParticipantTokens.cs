using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Security;

/// <summary>
/// Rule P5: a participant's identity without an account. The token names the participant and when it was issued, and
/// carries an HMAC over the workshop, the participant and that time with a server-wide key kept in the store (so every
/// node of a cluster accepts it). It is per workshop, not per board, so it survives being moved to another group. Tokens
/// issued before the time was in them (<c>{participant}.{mac}</c>) still verify, with no issue time.
/// </summary>
public sealed class ParticipantTokens(IBoardStore store, TimeProvider time)
{
    private const string KeyName = "participant-token-key";
    private byte[]? _key;

    public async Task<string> IssueAsync(Guid workshopId, Guid participantId, CancellationToken ct)
    {
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{participantId:N}.{issued}.{FacilitatorSecrets.Base64Url(Sign(await KeyAsync(ct), $"wb3|{workshopId:N}|{participantId:N}|{issued}"))}";
    }

    /// <summary>Who the token was issued to for this workshop and when (null for the older form), or null when it is malformed or forged.</summary>
    public async Task<VerifiedToken?> VerifyAsync(Guid workshopId, string? token, CancellationToken ct)
    {
        if (token is null || token.Length > 120) return null;
        switch (token.Split('.'))
        {
            case [var id, var issued, var mac] when Guid.TryParseExact(id, "N", out var participantId)
                && long.TryParse(issued, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 1L << 40:
                return Matches(mac, Sign(await KeyAsync(ct), $"wb3|{workshopId:N}|{participantId:N}|{issued}"))
                    ? new VerifiedToken(participantId, DateTimeOffset.FromUnixTimeSeconds(seconds)) : null;
            case [var id, var mac] when Guid.TryParseExact(id, "N", out var participantId):
                return Matches(mac, Sign(await KeyAsync(ct), $"wb2|{workshopId:N}|{participantId:N}")) ? new VerifiedToken(participantId, null) : null;
            default:
                return null;
        }
    }

    private static bool Matches(string presented, byte[] expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(FacilitatorSecrets.Base64Url(expected)));

    private async Task<byte[]> KeyAsync(CancellationToken ct) =>
        _key ??= await store.GetOrAddSecretAsync(KeyName, RandomNumberGenerator.GetBytes(32), ct);

    private static byte[] Sign(byte[] key, string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));
}
