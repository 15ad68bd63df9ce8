using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// CPU used during a step, in percent of one core (200 % = both cores of a 2-core machine): by this process (the
/// clients), by the servers under test, and by everything else on the machine — so a loaded machine shows in the numbers.
/// </summary>
public sealed class CpuMeter
{
    private readonly IReadOnlyList<int> _servers;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly double _self;
    private readonly TimeSpan _gcPauses = GC.GetTotalPauseDuration();
    private readonly double _serversCpu;
    private readonly double _machine;

    private CpuMeter(IReadOnlyList<int> servers)
    {
        _servers = servers;
        _self = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        _serversCpu = servers.Sum(ProcFs.CpuSeconds);
        _machine = ProcFs.MachineCpuSeconds().Busy;
    }

    public static CpuMeter Start(IReadOnlyList<int> servers) => new(servers);

    public CpuUse Stop()
    {
        var seconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var self = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - _self;
        var servers = _servers.Sum(ProcFs.CpuSeconds) - _serversCpu;
        var machine = ProcFs.MachineCpuSeconds().Busy - _machine;
        var gcPauses = (GC.GetTotalPauseDuration() - _gcPauses).TotalSeconds;
        return new CpuUse(Percent(self, seconds), Percent(servers, seconds), Percent(Math.Max(0, machine - self - servers), seconds))
        {
            ClientGcPauses = Percent(gcPauses, seconds),
        };
    }

    private static double Percent(double cpuSeconds, double seconds) => 100 * cpuSeconds / seconds;
}

/// <summary>
/// Percent of one core: the bench's clients, the servers under test (nodes and Redis), everything else; and the disk's
/// fsync time meanwhile (ms).
/// </summary>
public sealed record CpuUse(double Clients, double Servers, double Others)
{
    /// <summary>Share of the step's time the clients' process was paused by its own garbage collector (percent).</summary>
    public double ClientGcPauses { get; init; }
    public double FsyncP50 { get; init; } = double.NaN;
    public double FsyncP99 { get; init; } = double.NaN;
}
