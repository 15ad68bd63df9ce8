using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// How long the disk takes to make a small write durable while a step runs: a 4 KB append and fsync every 100 ms in
/// the folder the embedded store writes to (what each of its commits waits for). Ten a second: light beside the load.
/// </summary>
public sealed class DiskProbe : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);
    private readonly List<double> _millis = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly string _file;

    private DiskProbe(string folder)
    {
        Directory.CreateDirectory(folder);
        _file = Path.Combine(folder, $"wb-bench-fsync-{Guid.NewGuid():N}.bin");
        _thread = new Thread(Run) { IsBackground = true, Name = "fsync probe" };
        _thread.Start();
    }

    public static DiskProbe Start(string folder) => new(folder);

    /// <summary>Median and 99th percentile of the fsyncs, in milliseconds.</summary>
    public (double P50, double P99) Stop()
    {
        _stop.Cancel();
        _thread.Join();
        var sorted = _millis.ToArray();
        Array.Sort(sorted);
        return (LatencySample.Percentile(sorted, 0.50), LatencySample.Percentile(sorted, 0.99));
    }

    public void Dispose()
    {
        if (!_stop.IsCancellationRequested) Stop();
        _stop.Dispose();
    }

    private void Run()
    {
        var block = new byte[4096];
        using (var stream = new FileStream(_file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            while (!_stop.Token.WaitHandle.WaitOne(Every))
            {
                stream.Write(block);
                var started = Stopwatch.GetTimestamp();
                stream.Flush(flushToDisk: true);
                _millis.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (stream.Length > 4 << 20) stream.SetLength(0);
            }
        }
        File.Delete(_file);
    }
}
