using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>Percentiles of one measured step: send→acknowledgement and send→last receiver, in milliseconds.</summary>
public sealed record LatencySample(
    int Sent, int Rejected, int Failed, int Undelivered,
    double LastP50, double LastP99, double LastMax, double AckP50, double AckP99)
{
    public int Delivered => Sent - Rejected - Failed - Undelivered;

    public static LatencySample Of(IReadOnlyList<Probe> probes)
    {
        var accepted = probes.Where(p => !p.Rejected && !p.Failed && p.AckAt != 0).ToList();
        var delivered = accepted.Where(p => p.Delivered).ToList();
        var last = Sorted(delivered.Select(p => Millis(p.SentAt, p.LastArrivalAt)));
        var ack = Sorted(accepted.Select(p => Millis(p.SentAt, p.AckAt)));
        return new LatencySample(probes.Count, probes.Count(p => p.Rejected), probes.Count(p => p.Failed || (!p.Rejected && p.AckAt == 0)),
            accepted.Count - delivered.Count,
            Percentile(last, 0.50), Percentile(last, 0.99), last.Length == 0 ? double.NaN : last[^1],
            Percentile(ack, 0.50), Percentile(ack, 0.99));
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double[] Sorted(IEnumerable<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }

    private static double Millis(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
