using System.Diagnostics;
using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 2: a server's memory per idle joined connection — ours (embedded) and, for scale, the bare SignalR server with its
/// connections in groups. A first batch warms the server up (JIT, pools, the first boards); then the connections are added
/// in two halves and the process's memory is read after each has settled.
/// </summary>
public static class MemoryPart
{
    private const int WarmBoards = 2;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private sealed record Reading(int Connections, long Resident, long Anonymous, double JoinsPerSecond);

    public static async Task<Table> RunAsync(BenchOptions options)
    {
        var table = new Table($"Server memory per idle joined connection (boards of {options.MemoryBoardSize})",
            "server", "idle connections", "working set MB", "private MB", "KB / conn. (working set)", "KB / conn. (private)", "joins / s");
        foreach (var mode in options.MemoryModes)
        {
            var readings = await MeasureAsync(mode, options);
            var first = readings[0];
            foreach (var r in readings)
                table.Add(mode.Label(), Table.Number(r.Connections), Mb(r.Resident), Mb(r.Anonymous),
                    r.Connections == 0 ? "–" : Table.Number((r.Resident - first.Resident) / 1024.0 / r.Connections, "0.0"),
                    r.Connections == 0 ? "–" : Table.Number((r.Anonymous - first.Anonymous) / 1024.0 / r.Connections, "0.0"),
                    r.Connections == 0 ? "–" : Table.Number(r.JoinsPerSecond));
        }
        table.Note($"0 = after {WarmBoards} warm-up boards; each reading {Settle.TotalSeconds:0} s after the last join; per connection = " +
            "growth since 0 ÷ connections added. Working set = VmRSS, private = RssAnon (/proc/<pid>/status). On our server each " +
            "connection is a participant who joined its board (a participantJoined event each); on the bare one it is in a group.");
        return table;
    }

    private static async Task<List<Reading>> MeasureAsync(Mode mode, BenchOptions options)
    {
        await using var target = await Target.StartAsync(mode, options.DataRoot);
        var recorder = new Recorder();
        var clients = new List<LoadClient>();
        var size = options.MemoryBoardSize;
        try
        {
            for (var b = 0; b < WarmBoards; b++) clients.AddRange(await target.OpenBoardAsync(size, clients.Count, recorder));
            var warm = clients.Count;
            var readings = new List<Reading> { await Read(0, 0) };
            foreach (var half in new[] { options.Connections / 2, options.Connections - options.Connections / 2 })
            {
                var joining = Stopwatch.StartNew();
                for (var left = half; left > 0; left -= size)
                    clients.AddRange(await target.OpenBoardAsync(Math.Min(size, left), clients.Count, recorder));
                var seconds = joining.Elapsed.TotalSeconds;
                Console.WriteLine($"memory · {mode.Label()}: {clients.Count - warm} idle connections (+{warm} warm-up); {half} joined in {seconds:0.0} s");
                readings.Add(await Read(clients.Count - warm, half / seconds));
            }
            return readings;
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
        }

        async Task<Reading> Read(int connections, double joinsPerSecond)
        {
            await Task.Delay(Settle);
            var (resident, anonymous) = ProcFs.Memory(target.NodeProcessId);
            return new Reading(connections, resident, anonymous, joinsPerSecond);
        }
    }

    public static string Mb(long bytes) => Table.Number(bytes / 1024.0 / 1024.0, "0.0");
}
