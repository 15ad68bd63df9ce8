using System.Diagnostics;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 1: one board of 60 participants; at each rate, send→last of the other 59 and send→acknowledgement, in every mode,
/// with the bare SignalR broadcast of the same events as the baseline.
/// </summary>
public static class LatencyPart
{
    private sealed record Row(Mode Mode, double Rate, LatencySample Latency, CpuUse Cpu);

    public static async Task<Table> RunAsync(BenchOptions options)
    {
        var rows = new List<Row>();
        foreach (var mode in options.Modes)
        {
            await using var target = await Target.StartAsync(mode, options.DataRoot);
            var recorder = new Recorder();
            var joining = Stopwatch.StartNew();
            var clients = await target.OpenBoardAsync(options.Participants, 0, recorder);
            Console.WriteLine($"latency · {mode.Label()}: {clients.Count} participants joined in {joining.Elapsed.TotalSeconds:0.0} s");
            try
            {
                foreach (var rate in options.Rates)
                {
                    var (latency, cpu) = await OpenLoop.RunAsync(clients, rate, options.Warmup, options.Duration, recorder, target.ProcessIds, target.DataRoot);
                    rows.Add(new Row(mode, rate, latency, cpu));
                    Console.WriteLine($"  {rate,5} cmd/s: last p50 {Table.Ms(latency.LastP50)} p99 {Table.Ms(latency.LastP99)} · " +
                        $"ack p50 {Table.Ms(latency.AckP50)} p99 {Table.Ms(latency.AckP99)} ms · sent {latency.Sent} · " +
                        $"CPU clients {cpu.Clients:0}% (GC pauses {cpu.ClientGcPauses:0.0}%) servers {cpu.Servers:0}% others {cpu.Others:0}% · fsync {Fsync(cpu)} ms");
                }
            }
            finally
            {
                foreach (var client in clients) await client.DisposeAsync();
            }
        }
        return Tabulate(rows, options);
    }

    private static Table Tabulate(List<Row> rows, BenchOptions options)
    {
        var table = new Table($"Latency, one board of {options.Participants} (ms; send→last of the other {options.Participants - 1}, send→ack)",
            "mode", "cmd/s", "sent", "last p50", "last p99", "ack p50", "ack p99", "p50 × bare", "p99 × bare", "lost/rej",
            "CPU clients", "clients GC", "CPU servers", "CPU others", "fsync p50/p99");
        foreach (var row in rows)
        {
            var bare = rows.FirstOrDefault(r => r.Mode == Mode.Bare && r.Rate == row.Rate)?.Latency;
            var l = row.Latency;
            table.Add(row.Mode.Label(), Table.Number(row.Rate), Table.Number(l.Sent), Table.Ms(l.LastP50), Table.Ms(l.LastP99),
                Table.Ms(l.AckP50), Table.Ms(l.AckP99), Ratio(l.LastP50, bare?.LastP50), Ratio(l.LastP99, bare?.LastP99),
                $"{l.Failed + l.Undelivered}/{l.Rejected}", Percent(row.Cpu.Clients), GcPauses(row.Cpu), Percent(row.Cpu.Servers), Percent(row.Cpu.Others), Fsync(row.Cpu));
        }
        table.Note($"Each step: {options.Warmup.TotalSeconds:0} s warm-up, then {options.Duration.TotalSeconds:0} s measured; " +
            "commands on a fixed schedule (open loop), participants in turn; mix: add a note / move it / delete the oldest.");
        table.Note("lost = no ack, or not at every receiver 10 s after the step; rej = refused by the server. " +
            "CPU in % of one core (200 % = the whole 2-core machine): the bench's clients, the processes under test " +
            "(nodes, Redis, or the bare server), everything else on the machine; clients GC: share of the time the clients' " +
            "process was paused by its own garbage collector (such pauses delay the timestamps). fsync: ms for a 4 KB write made durable " +
            "in the data folder's file system, probed 10× a second during the step (what each embedded commit waits for).");
        return table;
    }

    private static string Ratio(double ours, double? bare) =>
        bare is { } b && b > 0 && !double.IsNaN(ours) ? Table.Number(ours / b, "0.0") + "×" : "–";

    private static string Percent(double value) => Table.Number(value) + " %";

    public static string GcPauses(CpuUse conditions) => Table.Number(conditions.ClientGcPauses, "0.0") + " %";

    public static string Fsync(CpuUse conditions) => $"{Table.Ms(conditions.FsyncP50)}/{Table.Ms(conditions.FsyncP99)}";
}
