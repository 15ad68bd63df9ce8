namespace Whiteboard.Server.Hosting;

/// <summary>Work nobody awaits is still watched: its failure is logged, never lost.</summary>
public static class BackgroundWork
{
    public static void Run(Task work, ILogger log, string what) =>
        work.ContinueWith(t => log.LogWarning(t.Exception, "Failed {What}", what), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
