using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// Sends commands on a fixed schedule whatever the answers (open loop), so a slow server shows as latency instead of
/// silently lowering the rate. Senders take turns in the order given; the warm-up runs the same load, unmeasured.
/// While the measured part runs, the machine's CPU use and the disk's fsync time are recorded beside it.
/// </summary>
public static class OpenLoop
{
    private static readonly TimeSpan AnswerPatience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DeliveryPatience = TimeSpan.FromSeconds(10);

    public static async Task<(LatencySample Latency, CpuUse Conditions)> RunAsync<T>(IReadOnlyList<T> senders, double perSecond,
        TimeSpan warmup, TimeSpan measure, Recorder recorder, IReadOnlyList<int> serverProcesses, string diskFolder)
        where T : Clients.LoadClient
    {
        var frequency = Stopwatch.Frequency;
        var interval = frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * frequency);
        var measureTo = measureFrom + (long)(measure.TotalSeconds * frequency);
        var inFlight = new List<Task>();
        CpuMeter? cpu = null;
        DiskProbe? disk = null;
        try
        {
            for (long i = 0; ; i++)
            {
                var due = start + (long)(i * interval);
                if (due >= measureTo) break;
                var wait = due - Stopwatch.GetTimestamp();
                if (wait > 0) await Task.Delay(TimeSpan.FromSeconds((double)wait / frequency));
                if (cpu is null && due >= measureFrom)
                {
                    cpu = CpuMeter.Start(serverProcesses);
                    disk = DiskProbe.Start(diskFolder);
                }
                inFlight.Add(senders[(int)(i % senders.Count)].SubmitNextAsync());
            }
            var (fsyncP50, fsyncP99) = disk?.Stop() ?? (double.NaN, double.NaN);
            var conditions = (cpu ?? CpuMeter.Start(serverProcesses)).Stop() with { FsyncP50 = fsyncP50, FsyncP99 = fsyncP99 };
            await Task.WhenAny(Task.WhenAll(inFlight), Task.Delay(AnswerPatience));
            await recorder.DrainAsync(DeliveryPatience);
            return (recorder.Collect(measureFrom, measureTo), conditions);
        }
        finally
        {
            disk?.Dispose();
        }
    }
}
