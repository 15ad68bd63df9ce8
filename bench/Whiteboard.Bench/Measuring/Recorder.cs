using System.Collections.Concurrent;
using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>Matches each event that arrives at a client to the command that caused it, by operation id.</summary>
public sealed class Recorder
{
    private readonly ConcurrentDictionary<Guid, Probe> _probes = new();

    public Probe Start(Guid opId, int sender, int receivers)
    {
        var probe = new Probe(sender, receivers, Stopwatch.GetTimestamp());
        _probes[opId] = probe;
        return probe;
    }

    /// <summary>Called by a client's event handler; <paramref name="at"/> is taken as the handler starts.</summary>
    public void Arrived(int receiver, Guid opId, long at)
    {
        if (_probes.TryGetValue(opId, out var probe) && probe.Sender != receiver) probe.Arrived(at);
    }

    /// <summary>Waits (up to <paramref name="patience"/>) until every accepted command has reached all its receivers.</summary>
    public async Task DrainAsync(TimeSpan patience)
    {
        var until = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until && _probes.Values.Any(p => !p.Rejected && !p.Failed && (p.AckAt == 0 || !p.Delivered)))
            await Task.Delay(100);
    }

    /// <summary>The commands sent between two timestamps (the warm-up before is left out), then forgets everything.</summary>
    public LatencySample Collect(long from, long to)
    {
        var measured = _probes.Values.Where(p => p.SentAt >= from && p.SentAt < to).ToList();
        _probes.Clear();
        return LatencySample.Of(measured);
    }
}
