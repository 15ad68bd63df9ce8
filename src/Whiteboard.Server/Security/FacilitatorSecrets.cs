using System.Security.Cryptography;
using System.Text;

namespace Whiteboard.Server.Security;

/// <summary>Rule S5: the facilitator secret is 192 random bits, shown once in the facilitator link, stored as a SHA-256 hash.</summary>
public static class FacilitatorSecrets
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string? presented, string storedHash) =>
        !string.IsNullOrEmpty(presented) && presented.Length <= 128 &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
