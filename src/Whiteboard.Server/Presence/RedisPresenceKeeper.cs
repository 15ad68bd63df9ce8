using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Boards;

namespace Whiteboard.Server.Presence;

/// <summary>
/// In distributed mode: refreshes this node's presence entries, and sweeps the boards this node holds of entries left by a
/// node that died, telling their browsers those people went offline.
/// </summary>
public sealed class RedisPresenceKeeper(
    RedisPresence presence, BoardRooms rooms, IHubContext<BoardHub, IBoardClient> hub, TimeProvider time, ILogger<RedisPresenceKeeper> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(presence.Lifetime / 3, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await presence.RefreshAsync();
                foreach (var boardId in rooms.Loaded)
                    foreach (var participantId in await presence.SweepAsync(boardId))
                        await hub.Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId))
                            .PresenceChanged(new PresenceChange(boardId, participantId, false));
            }
            catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
            {
                log.LogWarning("Presence not refreshed: Redis unreachable ({Message}); retrying", e.Message);
            }
        }
    }
}
