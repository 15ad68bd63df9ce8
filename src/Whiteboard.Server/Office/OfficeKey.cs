using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Office;

/// <summary>
/// Rule O1: the programme office's credential. The server makes a 192-bit key on its first start and keeps only its hash
/// in the store (every node of a cluster shares it); the office link carrying the key is printed once, in that start's
/// log. <c>Office:Key</c> set in the configuration replaces it.
/// </summary>
public sealed class OfficeKey(IBoardStore store, IOptions<OfficeOptions> options)
{
    private const string SecretName = "office-key-hash";
    public const int MinConfiguredLength = 16;

    private string? _hash;

    /// <summary>Makes the key if this server has none yet; the new key when made now (to print once), else null.</summary>
    public async Task<string?> InitializeAsync(CancellationToken ct)
    {
        if (options.Value.Key is { Length: > 0 } configured)
        {
            if (configured.Length < MinConfiguredLength)
                throw new InvalidOperationException($"Office:Key must be at least {MinConfiguredLength} characters.");
            _hash = FacilitatorSecrets.Hash(configured);
            return null;
        }
        var key = FacilitatorSecrets.New();
        var proposed = Encoding.ASCII.GetBytes(FacilitatorSecrets.Hash(key));
        var stored = await store.GetOrAddSecretAsync(SecretName, proposed, ct);
        _hash = Encoding.ASCII.GetString(stored);
        return CryptographicOperations.FixedTimeEquals(stored, proposed) ? key : null;
    }

    public async Task<bool> MatchesAsync(string? presented, CancellationToken ct)
    {
        if (_hash is null) await InitializeAsync(ct);
        return FacilitatorSecrets.Matches(presented, _hash!);
    }

    /// <summary>The office page: the key in the fragment, which browsers never send, so no access log keeps it.</summary>
    public static string Url(string baseUrl, string key) => $"{baseUrl}/office#key={key}";
}
