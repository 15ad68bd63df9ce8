using System.Threading.RateLimiting;

namespace Whiteboard.Server.Security;

/// <summary>
/// How many new people one address may add to workshops: a class of 60 joining at once passes, a script making hundreds
/// of participants does not (docs/SECURITY.md). Someone returning with their token is not new and never counts.
/// </summary>
public sealed class JoinThrottle(PartitionedRateLimiter<string> joins)
{
    /// <summary>Counts one newcomer; the wait when the address has added too many just now, else null.</summary>
    public async Task<TimeSpan?> NewcomerAsync(string address, CancellationToken ct)
    {
        using var lease = await joins.AcquireAsync(address, 1, ct);
        return lease.IsAcquired ? null : TokenBuckets.RetryAfter(lease, TimeSpan.FromSeconds(1));
    }
}
