using StackExchange.Redis;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Storage.Redis;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Storage;

/// <summary>The store contract against a real redis-server, each test under a key prefix of its own.</summary>
public sealed class RedisBoardStoreTests(RedisFixture redis) : BoardStoreContract, IClassFixture<RedisFixture>
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";

    protected override Task<IBoardStore> CreateStoreAsync() => ReopenAsync();

    protected override Task<IBoardStore> ReopenAsync() =>
        Task.FromResult<IBoardStore>(new RedisBoardStore(redis.Connection, new RedisStoreOptions(_prefix)));
}

/// <summary>One redis-server and one connection for a test class.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServerProcess Server { get; private set; } = null!;
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await RedisServerProcess.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Server.DisposeAsync();
    }
}
