using Microsoft.Extensions.Options;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// <c>Retention:DeleteUntouchedAfterDays</c>: every few hours, deletes the workshops none of whose boards changed for that
/// long (a follow-up update is a change), as a facilitator deleting them would.
/// </summary>
public sealed class RetentionSweeper(
    IOptions<RetentionOptions> options, IBoardStore store, WorkshopDeleting deleting, TimeProvider time, ILogger<RetentionSweeper> log)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.DeleteUntouchedAfterDays <= 0) return;
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is StoreUnavailableException or Microsoft.Data.Sqlite.SqliteException)
            {
                log.LogWarning(e, "Retention sweep failed; trying again in {Every}", Every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes what is due now; returns how many workshops it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.DeleteUntouchedAfterDays);
        var deleted = 0;
        foreach (var id in await store.WorkshopsUntouchedSinceAsync(cutoff, ct))
        {
            if (await store.FindWorkshopAsync(id, ct) is not { } workshop) continue;
            await deleting.DeleteAsync(workshop, ct);
            deleted++;
        }
        if (deleted > 0) log.LogInformation("Retention: deleted {Count} workshops untouched since {Cutoff:u}", deleted, cutoff);
        return deleted;
    }
}
