using System.Threading.RateLimiting;

namespace Whiteboard.Server.Security;

/// <summary>
/// Rule S4: join codes cannot be guessed fast, yet a classroom behind one address is never locked out. Every lookup of a
/// code the address has not used lately, every wrong secret and every forged link spends one guess from the address's
/// token bucket (in Redis when nodes share one); a spent bucket refuses them with the time to wait. A code found from the
/// address becomes known there, and known codes, like every valid credential, are never refused.
/// </summary>
public sealed class GuessThrottle(PartitionedRateLimiter<string> guesses, IKnownCodes known)
{
    /// <summary>Spends one guess; the wait when the address has none left, else null.</summary>
    public async Task<TimeSpan?> SpendAsync(string address, CancellationToken ct)
    {
        using var lease = await guesses.AcquireAsync(address, 1, ct);
        return lease.IsAcquired ? null : TokenBuckets.RetryAfter(lease, TimeSpan.FromSeconds(10));
    }

    public Task<bool> IsKnownAsync(string address, string code) => known.IsKnownAsync(address, code);

    public Task RememberAsync(string address, string code) => known.RememberAsync(address, code);
}
