namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// Where the distributed mode keeps its keys (one prefix, so deployments or tests can share a Redis), and how long a
/// presence entry lives without its node refreshing it (a dead node's people are shown offline after this).
/// </summary>
public sealed record RedisStoreOptions(string Prefix = "wb:", int PresenceSeconds = 45)
{
    public TimeSpan PresenceLifetime => TimeSpan.FromSeconds(PresenceSeconds);
}
