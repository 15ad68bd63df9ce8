namespace Whiteboard.Server.Storage.Redis;

/// <summary>Where the distributed mode keeps its keys: one prefix, so deployments (or tests) can share a Redis.</summary>
public sealed record RedisStoreOptions(string Prefix = "wb:");
