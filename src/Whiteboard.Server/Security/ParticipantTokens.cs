using System.Security.Cryptography;
using System.Text;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Security;

/// <summary>
/// Rule P5: a participant's identity without an account. The token names the participant and carries an HMAC over the
/// board and participant ids with a server-wide key kept in the store (so every node of a cluster accepts it).
/// </summary>
public sealed class ParticipantTokens(IBoardStore store)
{
    private const string KeyName = "participant-token-key";
    private byte[]? _key;

    public async Task<string> IssueAsync(Guid boardId, Guid participantId, CancellationToken ct) =>
        $"{participantId:N}.{FacilitatorSecrets.Base64Url(Sign(await KeyAsync(ct), boardId, participantId))}";

    /// <summary>The participant the token was issued to for this board, or null when it is malformed or forged.</summary>
    public async Task<Guid?> VerifyAsync(Guid boardId, string? token, CancellationToken ct)
    {
        if (token is null || token.Length > 100) return null;
        var dot = token.IndexOf('.');
        if (dot < 0 || !Guid.TryParseExact(token[..dot], "N", out var participantId)) return null;
        var expected = FacilitatorSecrets.Base64Url(Sign(await KeyAsync(ct), boardId, participantId));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token[(dot + 1)..]), Encoding.ASCII.GetBytes(expected))
            ? participantId
            : null;
    }

    private async Task<byte[]> KeyAsync(CancellationToken ct) =>
        _key ??= await store.GetOrAddSecretAsync(KeyName, RandomNumberGenerator.GetBytes(32), ct);

    private static byte[] Sign(byte[] key, Guid boardId, Guid participantId) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"wb1|{boardId:N}|{participantId:N}"));
}
