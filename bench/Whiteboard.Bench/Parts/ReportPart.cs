using System.Diagnostics;
using Whiteboard.Bench.AfterClass;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 4: how long the after-class endpoints take for a big workshop. One workshop of 12 groups of 30 is run to its
/// Summary stage through the real API and hub on the embedded server; then each endpoint is asked one request at a time,
/// after a few warm-up requests. The server's memory is read before the class, after it and after the requests.
/// </summary>
public static class ReportPart
{
    private const int Warmup = 3;

    public static async Task<IReadOnlyList<Table>> RunAsync(BenchOptions options)
    {
        await using var target = await Target.StartAsync(Mode.Embedded, options.DataRoot);
        var empty = ProcFs.Memory(target.NodeProcessId);
        var running = Stopwatch.StartNew();
        var workshop = await ClassRun.RunAsync(target, options.ReportGroups, options.ReportGroupSize);
        var setup = running.Elapsed;
        var afterClass = ProcFs.Memory(target.NodeProcessId);
        Console.WriteLine($"report · {Mode.Embedded.Label()}: workshop {workshop.Code}, {options.ReportGroups} groups, {workshop.Participants} participants, " +
            $"{workshop.TotalEvents} events, run to its Summary in {setup.TotalSeconds:0.0} s");

        var table = new Table($"After-class endpoints, {Mode.Embedded.Label()}: one workshop of {options.ReportGroups} groups of " +
            $"{options.ReportGroupSize} at its Summary stage (ms)",
            "endpoint", "1st", "requests", "p50", "p99", "max", "KB", "server CPU ms / req.", "CPU others");
        using var api = new AfterClassApi(target.BaseAddress, workshop);
        var timing = CpuMeter.Start(target.ProcessIds);
        foreach (var (name, request) in api.Endpoints())
        {
            var s = await RequestSample.MeasureAsync(request, Warmup, options.ReportRequests, target.ProcessIds);
            var others = double.IsNaN(s.OthersCpu) ? "–" : Table.Number(s.OthersCpu) + " %";
            Console.WriteLine($"  {name}: 1st {Table.Ms(s.First)} · p50 {Table.Ms(s.P50)} p99 {Table.Ms(s.P99)} max {Table.Ms(s.Max)} ms · {Kb(s.Bytes)} KB · " +
                $"server CPU {Table.Ms(s.ServerCpuMsPerRequest)} ms/req. · others {others}");
            table.Add(name, Table.Ms(s.First), Table.Number(s.Requests), Table.Ms(s.P50), Table.Ms(s.P99), Table.Ms(s.Max), Kb(s.Bytes),
                Table.Ms(s.ServerCpuMsPerRequest), others);
        }
        var cpu = timing.Stop();
        table.Note($"Each endpoint: {Warmup} warm-up requests, then {options.ReportRequests} one after another on one keep-alive connection, " +
            "endpoints in the order of the rows; time = sending the request to having read the whole answer; KB = the answer's body " +
            "(no compression). 1st = the first warm-up request, on code not yet compiled or not yet optimised (.NET recompiles a method " +
            "optimised after about 30 calls), as a facilitator's one download after class is.");
        table.Note($"Group 1's history is every page (500 events a page) of its {workshop.Events[workshop.Boards[0]]} events, as the replay " +
            "loads them. Server CPU = the server process's CPU time while that endpoint was timed ÷ requests (/proc counts in 10 ms ticks); " +
            "CPU others = what the rest of the machine used meanwhile, in % of one core, " +
            $"\"–\" when the requests took under {RequestSample.ShortestForCpuShare.TotalSeconds:0} s in all (too short to tell).");
        return [table, Describe(workshop, options, setup, cpu, [empty, afterClass, ProcFs.Memory(target.NodeProcessId)])];
    }

    /// <param name="memory">The server's memory when empty, after the class and after the requests.</param>
    private static Table Describe(ClassOutcome workshop, BenchOptions options, TimeSpan setup, CpuUse timing, IReadOnlyList<(long Resident, long Anonymous)> memory)
    {
        var t = workshop.Tally;
        var table = new Table("The workshop behind those numbers, and the server's memory",
            "groups", "participants", "per group", "notes", "clusters", "votes", "action items", "progress updates", "events", "run to Summary, s",
            "working set MB: empty / after class / after requests", "private MB", "CPU server / others while timed");
        table.Add(Table.Number(options.ReportGroups), Table.Number(workshop.Participants),
            $"{workshop.GroupSizes.Min()}–{workshop.GroupSizes.Max()}", Table.Number(t.Notes), Table.Number(t.Clusters),
            Table.Number(t.Votes), Table.Number(t.ActionItems), Table.Number(t.ProgressUpdates), Table.Number(workshop.TotalEvents),
            Table.Number(setup.TotalSeconds, "0.0"),
            string.Join(" / ", memory.Select(m => MemoryPart.Mb(m.Resident))), string.Join(" / ", memory.Select(m => MemoryPart.Mb(m.Anonymous))),
            $"{Table.Number(timing.Servers)} % / {Table.Number(timing.Others)} %");
        table.Note($"Each group: problems ({GroupWork.NotesEach} notes each, private, revealed), {GroupWork.Clusters} clusters of " +
            $"{GroupWork.ClusterSize}, {GroupWork.ProblemVotes} hidden votes each, revealed; plan ideas ({GroupWork.NotesEach} each), " +
            $"{GroupWork.PlanVotes} hidden votes each, revealed; {GroupWork.ActionItems} action items with owners and due dates, " +
            "half of them with progress; a reflection each, revealed; a summary. Events include the joins and the facilitator's stage " +
            "commands. Per group: the fewest and most people the server placed in a group (trainees join 8 at a time). Memory: VmRSS and RssAnon (/proc/<pid>/status); everyone has left before the requests. CPU while timed: " +
            "from the first warm-up request to the last request, in % of one core.");
        return table;
    }

    private static string Kb(long bytes) => Table.Number(bytes / 1024.0, "0.0");
}
