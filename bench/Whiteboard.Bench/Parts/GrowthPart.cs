using Whiteboard.Bench.AfterClass;
using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Boards;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 7: whether a board's costs stay flat as it grows towards its limits (2,000 notes, 500 participants, 20,000 events).
/// One quick board on the embedded server is grown through the real hub to 10 %, 50 % and 100 % of that; at each size the
/// bench times a command, a join (its snapshot), a catch-up after 1,000 missed events, the replay's history, the case
/// report, and a join right after the server was killed and started again (the board loaded cold from the store).
/// </summary>
public static class GrowthPart
{
    public const int FullEvents = 20_000;
    private const int Authors = 50;
    private const int MissedEvents = 1_000;
    private const int CatchUpPage = 500;
    private const int Warmup = 3;
    private static readonly double[] Sizes = [0.1, 0.5, 1.0];

    /// <summary>One size of the board, what it held and what each request cost there.</summary>
    private sealed record Step(double Size, int Participants, int Notes, int Deleted, long Events, double GrowSeconds,
        IReadOnlyList<(string Name, RequestSample Sample)> Requests, IReadOnlyList<double> ColdJoins, (long Resident, long Anonymous) Memory);

    public static async Task<IReadOnlyList<Table>> RunAsync(BenchOptions options)
    {
        // The board's size is measured here, not the per-connection budget: its authors send far faster than a person.
        await using var target = await Target.StartAsync(Mode.Embedded, options.DataRoot,
            new Dictionary<string, string> { ["Limits__HubCallsPerSecond"] = "100000", ["Limits__HubCallBurst"] = "100000" });
        var created = await target.CreateQuickBoardAsync("基准测试 大白板");
        var secret = new Uri(created.FacilitatorUrl).Fragment.Split('=')[1];
        // A second, small board: joined first after each restart, so that the timed join loads the big board and does not
        // also pay for the server's first request (its code compiled on first use).
        var small = await target.CreateQuickBoardAsync("基准测试 小白板");
        var board = new GrownBoard(target, created.Code, created.BoardId, small.Code);
        var steps = new List<Step>();
        try
        {
            await board.JoinAuthorsAsync(Authors);
            foreach (var size in Sizes)
            {
                var growing = System.Diagnostics.Stopwatch.StartNew();
                await board.GrowAsync((int)(BoardLimits.MaxParticipantsPerBoard * size), (int)(BoardLimits.MaxNotesPerBoard * size),
                    (long)(FullEvents * size));
                var grown = growing.Elapsed.TotalSeconds;
                var (participants, notes, deleted, events) = (board.Participants, board.Notes, board.DeletedNotes, board.Seq);
                Console.WriteLine($"growth · {size:P0}: {participants} participants, {notes} notes, {deleted} deleted, {events} events, " +
                    $"grown in {grown:0.0} s");
                // The first size is measured twice and the first pass dropped: its requests would also pay for compiling the
                // server's code (.NET optimises a method after about 30 calls), which has nothing to do with the board's size.
                if (steps.Count == 0)
                {
                    await MeasureAsync(board, target, created.Code, secret, options);
                    await Task.Delay(TimeSpan.FromSeconds(3)); // the runtime optimises in the background, after a short delay
                }
                var requests = await MeasureAsync(board, target, created.Code, secret, options);
                var memory = ProcFs.Memory(target.NodeProcessId);
                var cold = new List<double>();
                for (var i = 0; i < 3; i++) cold.Add(await board.ColdJoinAsync());
                Console.WriteLine($"  join after a restart: {string.Join(" / ", cold.Select(Table.Ms))} ms");
                steps.Add(new Step(size, participants, notes, deleted, events, grown, requests, cold, memory));
            }
        }
        finally
        {
            await board.DisposeAsync();
        }
        return [Tabulate(steps)];
    }

    private static async Task<IReadOnlyList<(string, RequestSample)>> MeasureAsync(GrownBoard board, Target target, string code, string secret, BenchOptions options)
    {
        using var http = new HttpClient { BaseAddress = target.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Facilitator-Secret", secret);
        var requests = new List<(string, RequestSample)>();
        async Task Measure(string name, Func<Task<long>> request, int count)
        {
            var s = await RequestSample.MeasureAsync(request, Warmup, count, target.ProcessIds);
            Console.WriteLine($"  {name}: p50 {Table.Ms(s.P50)} p99 {Table.Ms(s.P99)} max {Table.Ms(s.Max)} ms · {s.Bytes / 1024.0:0.0} KB · " +
                $"server CPU {Table.Ms(s.ServerCpuMsPerRequest)} ms/req.");
            requests.Add((name, s));
        }
        await Measure("join (a participant again), its snapshot", board.RejoinAsync, 20);
        await Measure($"catch-up after {MissedEvents:N0} missed events", () => board.CatchUpAsync(board.Seq - MissedEvents), 20);
        await Measure("replay: every history page", () => ReplayHistory.ReadAllAsync(http, code, board.BoardId), 5);
        await Measure("case report (HTML)", async () =>
        {
            using var response = await http.GetAsync($"api/workshops/{code}/report?format=html");
            return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync()).LongLength;
        }, 5);
        // Commands last: each adds to the board, and what is read above is of the board at its size.
        await Measure("command (move a note), send→ack", board.MoveOneAsync, options.GrowthCommands);
        await Measure("delete + add a note, send→both acks", board.ReplaceOneAsync, options.GrowthCommands / 2);
        return requests;
    }

    private static Table Tabulate(List<Step> steps)
    {
        var table = new Table("Flat as a board grows: one board at 10 %, 50 % and 100 % of its limits (ms; KB)",
            ["what", .. steps.Select(s => $"{s.Size:P0}"), "100 % ÷ 10 %", "size 100 % ÷ 10 %"]);
        var growth = steps[^1].Events / (double)steps[0].Events;
        table.Add(["participants / notes / kept deleted / events", .. steps.Select(s => $"{s.Participants} / {s.Notes} / {s.Deleted} / {s.Events}"),
            "", Table.Number(growth, "0.0") + "×"]);
        for (var i = 0; i < steps[0].Requests.Count; i++)
        {
            var name = steps[0].Requests[i].Name;
            var p50 = steps.Select(s => s.Requests[i].Sample.P50).ToList();
            table.Add([name + ", p50 / p99", .. steps.Select(s => $"{Table.Ms(s.Requests[i].Sample.P50)} / {Table.Ms(s.Requests[i].Sample.P99)}"),
                Table.Number(p50[^1] / p50[0], "0.0") + "×", ""]);
            if (steps[0].Requests[i].Sample.Bytes > 0)
                table.Add([name + ", KB", .. steps.Select(s => Table.Number(s.Requests[i].Sample.Bytes / 1024.0, "0.0")),
                    Table.Number(steps[^1].Requests[i].Sample.Bytes / (double)steps[0].Requests[i].Sample.Bytes, "0.0") + "×", ""]);
            table.Add([name + ", server CPU ms", .. steps.Select(s => Table.Ms(s.Requests[i].Sample.ServerCpuMsPerRequest)), "", ""]);
        }
        table.Add(["join right after a restart (board loaded from the store)", .. steps.Select(s => string.Join(" / ", s.ColdJoins.Select(Table.Ms))),
            Table.Number(steps[^1].ColdJoins.Min() / steps[0].ColdJoins.Min(), "0.0") + "×", ""]);
        table.Add(["server working set / private MB", .. steps.Select(s => $"{MemoryPart.Mb(s.Memory.Resident)} / {MemoryPart.Mb(s.Memory.Anonymous)}"), "", ""]);
        table.Add(["grown in s", .. steps.Select(s => Table.Number(s.GrowSeconds, "0.0")), "", ""]);
        table.Note($"Limits: {BoardLimits.MaxNotesPerBoard:N0} notes, {BoardLimits.MaxParticipantsPerBoard} participants, {FullEvents:N0} events. " +
            $"Grown through the hub by {Authors} authors (each note's author; the others joined and left, so the board keeps them " +
            "as participants): notes added, then moves and deletes-with-a-new-note until the events reach the size; the per-connection " +
            "call budget is opened for this part. A command is timed from sending to its acknowledgement (a move, or a delete and the " +
            "add that follows it), one at a time; a join is a participant joining again with their token on a new connection " +
            $"(its snapshot's JSON size in KB); catch-up asks for the {MissedEvents:N0} events after seq − {MissedEvents:N0} in pages " +
            $"of {CatchUpPage}, as a client back from a tunnel does; the replay reads every history page; the report is the quick board's case " +
            $"report. Each: {Warmup} warm-up requests, then timed one after another. A restart kills the server (SIGKILL) and starts " +
            "it on the same data folder; after one join to a small board (so that the server's code is compiled), the time is of the " +
            "first join to the big board, which loads it (the latest snapshot and the events after it); three restarts per size. " +
            "The first size is measured twice and only the second pass shown (the first compiles the server's code). 100 % ÷ 10 % is the p50's growth, beside the board's (events).");
        return table;
    }
}
