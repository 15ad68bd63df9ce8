namespace Whiteboard.Server.Storage;

/// <summary>Configuration section "Storage" (environment variables: Storage__DataFolder, Storage__Redis, …).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the embedded SQLite database; relative paths are from the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. "redis:6379"). When set, the server runs in distributed mode: board
    /// state, presence and the SignalR backplane all live in that Redis, shared by every node.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of every Redis key and channel, so several deployments can share one Redis.</summary>
    public string RedisPrefix { get; set; } = "wb:";

    /// <summary>Seconds a presence entry lives in Redis without its node refreshing it (a dead node's ghosts fade after this).</summary>
    public int PresenceSeconds { get; set; } = 45;
}
