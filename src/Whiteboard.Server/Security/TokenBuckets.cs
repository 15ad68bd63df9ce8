using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Whiteboard.Server.Security;

/// <summary>
/// Token buckets per key from the framework's rate limiters: in this process (embedded mode), or in Redis when several nodes
/// share one (so that N nodes do not allow N times as much). Every per-address limit is made here.
/// </summary>
public sealed class TokenBuckets(IConnectionMultiplexer? redis, string prefix)
{
    /// <summary>A limiter per key, for limits the server checks itself (guesses, joins).</summary>
    public PartitionedRateLimiter<string> PerKey(string name, int burst, double perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => Partition(name, key, burst, perMinute));

    /// <summary>One key's bucket, for the ASP.NET Core rate-limiting middleware's policies.</summary>
    public RateLimitPartition<string> Partition(string name, string key, int burst, double perMinute)
    {
        var (period, tokens) = Refill(perMinute);
        var shared = $"{prefix}{name}:{key}";
        return redis is null
            ? RateLimitPartition.GetTokenBucketLimiter(shared, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst, TokensPerPeriod = tokens, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = false,
            })
            : RedisRateLimitPartition.GetTokenBucketRateLimiter(shared, _ => new RedisTokenBucketRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis, TokenLimit = burst, TokensPerPeriod = tokens, ReplenishmentPeriod = period,
            });
    }

    /// <summary>A bucket for one owner (a connection), refilled as it is used: no timer per connection.</summary>
    public static TokenBucketRateLimiter Local(int burst, double perSecond)
    {
        var (period, tokens) = Refill(perSecond * 60);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst, TokensPerPeriod = tokens, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = false,
        });
    }

    /// <summary>When a refused lease says its bucket has a token again; <paramref name="fallback"/> when it does not say.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan fallback) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
        : lease.TryGetMetadata(RateLimitMetadataName.RetryAfter.Name, out var seconds) && seconds is int s ? TimeSpan.FromSeconds(Math.Max(1, s))
        : fallback;

    /// <summary>One token per period; periods no shorter than 10 ms (faster rates add several tokens a period).</summary>
    private static (TimeSpan Period, int Tokens) Refill(double perMinute)
    {
        var period = TimeSpan.FromMinutes(1 / Math.Max(perMinute, 0.001));
        return period >= TimeSpan.FromMilliseconds(10) ? (period, 1) : (TimeSpan.FromMilliseconds(10), (int)Math.Ceiling(perMinute / 6000));
    }
}
