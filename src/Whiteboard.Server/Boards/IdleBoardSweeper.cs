namespace Whiteboard.Server.Boards;

/// <summary>Keeps memory bounded on a server that runs for months: idle boards are dropped and reloaded on demand.</summary>
public sealed class IdleBoardSweeper(BoardRooms rooms, TimeProvider time, ILogger<IdleBoardSweeper> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var evicted = rooms.EvictIdle(Idle);
            if (evicted > 0) log.LogInformation("Dropped {Count} idle boards from memory", evicted);
        }
    }
}
