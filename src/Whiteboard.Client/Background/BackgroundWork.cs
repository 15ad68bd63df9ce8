using Microsoft.Extensions.Logging;

namespace Whiteboard.Client.Background;

/// <summary>
/// Work started without waiting for it — a save when the tab hides, a retry on a timer, a rejoin when the network is back —
/// observed all the same: a failure is logged with what was being done and, where a person waits on the work, handed to
/// the screen to say so. Nothing started here fails unseen.
/// </summary>
public static class BackgroundWork
{
    private static ILogger? _log;

    /// <summary>The app's logger (set at start-up); without one, failures go to the browser's console.</summary>
    public static void UseLogger(ILogger logger) => _log = logger;

    /// <summary>Lets <paramref name="work"/> run on and observes it.</summary>
    /// <param name="what">What the work does, for the log: "saving the outbox", "rejoining".</param>
    /// <param name="shown">Where a person waits on the work: told of its failure, to show it.</param>
    public static void Run(Task work, string what, Action<Exception>? shown = null)
    {
        if (work.IsCompletedSuccessfully) return;
        work.ContinueWith(done => Failed(done.Exception!.GetBaseException(), what, shown), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static void Failed(Exception error, string what, Action<Exception>? shown)
    {
        if (_log is { } log) log.LogError(error, "Background work failed: {What}", what);
        else System.Console.Error.WriteLine($"Background work failed: {what}: {error}");
        shown?.Invoke(error);
    }
}
