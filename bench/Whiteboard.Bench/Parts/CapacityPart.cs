using System.Diagnostics;
using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 3: boards of 30, each participant sending one command every 5 seconds; the number of boards is ramped up until
/// p99 send→last receiver passes the threshold (or commands get lost), then one step between the last good and the first
/// bad count narrows the limit. A count that goes over is run once more before it counts as over: on a shared machine a
/// neighbour's burst can spoil one step (both runs are in the table).
/// </summary>
public static class CapacityPart
{
    private const double LostLimit = 0.01;

    private sealed record Row(int Boards, int Connections, double Rate, LatencySample Latency, CpuUse Cpu, bool Good, bool Again);

    /// <summary>Refining steps at most between the last good and the first bad count (each ≈ 30 s).</summary>
    private const int RefineSteps = 3;

    private sealed record Limit(Mode Mode, int? LastGood, int? FirstBad);

    public static async Task<IReadOnlyList<Table>> RunAsync(BenchOptions options)
    {
        var tables = new List<Table>();
        var limits = new List<Limit>();
        foreach (var mode in options.CapacityModes)
        {
            var (table, limit) = await RunAsync(mode, options);
            tables.Add(table);
            limits.Add(limit);
        }
        if (limits.FirstOrDefault(l => l.Mode == Mode.Bare) is { } bare && limits.Count > 1)
            tables.Add(Ratios(bare, limits.Where(l => l.Mode != Mode.Bare), options));
        return tables;
    }

    private static async Task<(Table, Limit)> RunAsync(Mode mode, BenchOptions options)
    {
        await using var target = await Target.StartAsync(mode, options.DataRoot);
        if (options.Pin) PinServers(target);
        var recorder = new Recorder();
        var boards = new List<IReadOnlyList<LoadClient>>();
        var rows = new List<Row>();
        try
        {
            int? lastGood = null, firstBad = null;
            foreach (var count in options.CapacitySteps)
            {
                var row = await StepTwiceIfOver(count);
                if (row.Good) lastGood = count;
                else
                {
                    firstBad = count;
                    break;
                }
            }
            // Halves the gap until it is within an eighth of the limit (a ratio between two targets needs that much).
            for (var refined = 0; options.Refine && refined < RefineSteps && lastGood is { } good && firstBad is { } bad &&
                bad - good > Math.Max(1, good / 8); refined++)
            {
                var middle = (good + bad) / 2;
                if ((await StepTwiceIfOver(middle)).Good) lastGood = middle;
                else firstBad = middle;
            }
            return (Tabulate(mode, rows, lastGood, firstBad, options), new Limit(mode, lastGood, firstBad));
        }
        finally
        {
            foreach (var board in boards)
                foreach (var client in board) await client.DisposeAsync();
            if (options.Pin) CpuPinning.Pin(Environment.ProcessId, CpuPinning.AllCpus);
        }

        async Task<Row> StepTwiceIfOver(int count)
        {
            var row = await Step(count, again: false);
            return row.Good ? row : await Step(count, again: true);
        }

        async Task<Row> Step(int count, bool again)
        {
            var joining = Stopwatch.StartNew();
            while (boards.Count < count)
                boards.Add(await target.OpenBoardAsync(options.CapacityBoardSize, boards.Sum(b => b.Count), recorder));
            while (boards.Count > count)
            {
                foreach (var client in boards[^1]) await client.DisposeAsync();
                boards.RemoveAt(boards.Count - 1);
            }
            // Interleaved (one of each board, then the next of each …), so every board's commands are evenly spaced.
            var senders = Enumerable.Range(0, options.CapacityBoardSize).SelectMany(i => boards.Select(b => b[i])).ToList();
            var rate = senders.Count / options.CommandInterval.TotalSeconds;
            Console.WriteLine($"capacity · {mode.Label()}: {count} boards{(again ? " (again)" : "")}, {senders.Count} connections (joins took {joining.Elapsed.TotalSeconds:0.0} s), {rate:0} cmd/s");
            var (latency, cpu) = await OpenLoop.RunAsync(senders, rate, options.Warmup, options.CapacityDuration, recorder, target.ProcessIds, target.DataRoot);
            var lost = latency.Failed + latency.Undelivered;
            var good = latency.LastP99 <= options.ThresholdMs && lost <= LostLimit * latency.Sent;
            Console.WriteLine($"  last p50 {Table.Ms(latency.LastP50)} p99 {Table.Ms(latency.LastP99)} · ack p99 {Table.Ms(latency.AckP99)} ms · " +
                $"lost {lost}/{latency.Sent} · CPU clients {cpu.Clients:0}% (GC pauses {cpu.ClientGcPauses:0.0}%) servers {cpu.Servers:0}% others {cpu.Others:0}% · fsync {LatencyPart.Fsync(cpu)} ms → {(good ? "under" : "OVER")}");
            var row = new Row(count, senders.Count, rate, latency, cpu, good, again);
            rows.Add(row);
            return row;
        }
    }

    /// <summary>
    /// The servers on the machine's last CPU, this process (the clients) on the others: each side has its own core(s), so
    /// a limit is what the server carries rather than where clients and server together run out.
    /// </summary>
    private static void PinServers(Target target)
    {
        var last = Environment.ProcessorCount - 1;
        if (last < 1) throw new InvalidOperationException("--pin needs at least two CPUs");
        foreach (var pid in target.ProcessIds) CpuPinning.Pin(pid, last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        CpuPinning.Pin(Environment.ProcessId, last == 1 ? "0" : $"0-{last - 1}");
    }

    /// <summary>
    /// Each target's limit over bare's. A limit lies between the last good and the first bad count, so beside the ratio of
    /// the last good counts stand the lowest and highest ratio those bounds allow.
    /// </summary>
    private static Table Ratios(Limit bare, IEnumerable<Limit> others, BenchOptions options)
    {
        var table = new Table($"Capacity as a ratio of bare SignalR's (p99 send→last ≤ {options.ThresholdMs:0} ms{(options.Pin ? ", servers and clients on their own CPUs" : "")})",
            "target", "carries (boards)", "bare carries (boards)", "ratio", "ratio range", "≥ 0.8");
        foreach (var limit in others)
        {
            if (limit.LastGood is not { } good || bare.LastGood is not { } bareGood)
            {
                table.Add(limit.Mode.Label(), Bounds(limit), Bounds(bare), "–", "–", "–");
                continue;
            }
            var ratio = (double)good / bareGood;
            // Lowest: ours at its last good over bare just under its first bad; highest: the other way round.
            var low = bare.FirstBad is { } bareBad ? Table.Number(good / (double)(bareBad - 1), "0.00") : "…";
            var high = limit.FirstBad is { } bad ? Table.Number((bad - 1) / (double)bareGood, "0.00") : "…";
            table.Add(limit.Mode.Label(), Bounds(limit), Bounds(bare), Table.Number(ratio, "0.00"), $"{low}–{high}",
                ratio >= 0.8 ? "yes" : "no");
        }
        table.Note("A limit is the last count of boards under the threshold, the count in brackets the first one over. The ratio " +
            "is of the last good counts; its range runs from ours at its last good count over bare's just under its first bad " +
            "one to the other way round (\"…\": no count tried was over).");
        return table;
    }

    private static string Bounds(Limit limit) =>
        (limit.LastGood?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<" + limit.FirstBad) +
        (limit.FirstBad is { } bad && limit.LastGood is not null ? $" (< {bad})" : limit.LastGood is not null ? " (or more)" : "");

    private static Table Tabulate(Mode mode, List<Row> rows, int? lastGood, int? firstBad, BenchOptions options)
    {
        var table = new Table($"Capacity, {mode.Label()}: boards of {options.CapacityBoardSize}, one command per participant every " +
            $"{options.CommandInterval.TotalSeconds:0} s{(options.Pin ? ", servers and clients on their own CPUs" : "")} (ms)",
            "boards", "connections", "cmd/s", "deliveries/s", "last p50", "last p99", "ack p99", "lost/rej", "CPU clients", "clients GC", "CPU servers", "CPU others", "fsync p50/p99", $"p99 ≤ {options.ThresholdMs:0}");
        foreach (var r in rows)
        {
            var l = r.Latency;
            table.Add(Table.Number(r.Boards) + (r.Again ? " (again)" : ""), Table.Number(r.Connections), Table.Number(r.Rate), Table.Number(r.Rate * (options.CapacityBoardSize - 1)),
                Table.Ms(l.LastP50), Table.Ms(l.LastP99), Table.Ms(l.AckP99), $"{l.Failed + l.Undelivered}/{l.Rejected}",
                Table.Number(r.Cpu.Clients) + " %", LatencyPart.GcPauses(r.Cpu), Table.Number(r.Cpu.Servers) + " %", Table.Number(r.Cpu.Others) + " %", LatencyPart.Fsync(r.Cpu), r.Good ? "yes" : "no");
        }
        table.Note(lastGood is { } good
            ? $"Carries {good} boards ({good * options.CapacityBoardSize} connections) under {options.ThresholdMs:0} ms p99" +
              (firstBad is { } bad ? $"; {bad} boards are over." : " — the largest step tried; the limit is higher.")
            : $"Even {rows[0].Boards} boards are over {options.ThresholdMs:0} ms p99.");
        table.Note($"Each step: {options.Warmup.TotalSeconds:0} s warm-up, {options.CapacityDuration.TotalSeconds:0} s measured; boards stay joined " +
            "from one step to the next. A step also fails when more than 1 % of its commands are lost; a count that fails is run " +
            "once more (\"again\") and is over only if that fails too.");
        return table;
    }
}
