using StackExchange.Redis;
using Whiteboard.Server.Boards;

namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// In distributed mode: when any node deletes a workshop, this node drops the workshop's boards from memory at once, so it
/// never answers from a copy of something that is gone.
/// </summary>
public sealed class RedisBoardEviction(IConnectionMultiplexer redis, RedisStoreOptions options, BoardRooms rooms, ILogger<RedisBoardEviction> log)
    : IHostedService
{
    private readonly RedisChannel _channel = RedisChannel.Literal(new RedisKeys(options.Prefix).Deleted);

    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(_channel, (_, message) =>
        {
            var boards = message.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(b => Guid.TryParseExact(b, "N", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            rooms.Forget(boards);
            log.LogInformation("Dropped {Count} boards of a deleted workshop", boards.Count);
        });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(_channel);
}
