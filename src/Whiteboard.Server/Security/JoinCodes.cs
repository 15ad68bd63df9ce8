using System.Security.Cryptography;

namespace Whiteboard.Server.Security;

/// <summary>Rule S4: 6-character join codes from an alphabet without look-alikes (no 0/O, 1/I/L), drawn by a CSPRNG.</summary>
public static class JoinCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>What a person typed, as a code: upper case, spaces and dashes dropped. Null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null) return null;
        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
