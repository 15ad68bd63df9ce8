using StackExchange.Redis;

namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// One connection to Redis per node, shared by the store, presence and the SignalR backplane. It never gives up and never
/// queues: while Redis is unreachable calls fail at once (the server answers "temporarily unavailable" and the browser
/// keeps its commands), and it reconnects by itself when Redis is back.
/// </summary>
public static class RedisConnection
{
    public static IConnectionMultiplexer Connect(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2_000;
        options.SyncTimeout = 2_000;
        options.AsyncTimeout = 2_000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        options.KeepAlive = 5;
        options.ClientName ??= $"whiteboard-{Environment.MachineName}-{Environment.ProcessId}";
        return ConnectionMultiplexer.Connect(options);
    }
}
