using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// One HTTP endpoint asked again and again, one request at a time: the time from sending to having read the whole answer
/// (ms) of the very first request (its code not yet compiled, or compiled without optimising) and of those after the
/// warm-up, the answer's size, and the CPU used meanwhile.
/// </summary>
public sealed record RequestSample(double First, int Requests, double P50, double P99, double Max, long Bytes, CpuUse Cpu, double Seconds)
{
    /// <summary>/proc counts CPU time in 10 ms ticks: over a shorter stretch than this a share of the machine says little.</summary>
    public static readonly TimeSpan ShortestForCpuShare = TimeSpan.FromSeconds(1);

    /// <summary>CPU time the servers used per request (ms; /proc's resolution is 10 ms over all the requests).</summary>
    public double ServerCpuMsPerRequest => Cpu.Servers / 100 * Seconds * 1000 / Requests;

    /// <summary>The others' CPU share (percent of one core), or NaN when the requests took too short a time to tell.</summary>
    public double OthersCpu => Seconds >= ShortestForCpuShare.TotalSeconds ? Cpu.Others : double.NaN;

    /// <param name="request">Makes the request and reads the answer to its end; returns its size in bytes.</param>
    public static async Task<RequestSample> MeasureAsync(Func<Task<long>> request, int warmup, int requests, IReadOnlyList<int> servers)
    {
        var first = await TimeAsync(request);
        for (var i = 1; i < warmup; i++) await request();
        var times = new double[requests];
        long bytes = 0;
        var cpu = CpuMeter.Start(servers);
        var startedAt = Stopwatch.GetTimestamp();
        for (var i = 0; i < requests; i++) (times[i], bytes) = await TimeAsync(request);
        var used = cpu.Stop();
        var seconds = Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
        Array.Sort(times);
        return new RequestSample(first.Ms, requests, LatencySample.Percentile(times, 0.50), LatencySample.Percentile(times, 0.99), times[^1], bytes, used, seconds);
    }

    private static async Task<(double Ms, long Bytes)> TimeAsync(Func<Task<long>> request)
    {
        var sentAt = Stopwatch.GetTimestamp();
        var bytes = await request();
        return (Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds, bytes);
    }
}
