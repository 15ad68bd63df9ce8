using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Rendering;
using Whiteboard.Bench.Report;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Workshops;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 6: a tablet opening the join link cold, in Debian's headless Chromium against the Release publish (what a
/// classroom gets): the bytes that cross the wire until the page and its service worker are done, counted by a TCP relay in
/// front of the server (compressed bodies and headers; the hub connects only once the name is sent); the time until the
/// name field takes typing, at full speed and with the CPU throttled 4× (<c>Emulation.setCPUThrottlingRate</c>, a
/// mid-range tablet); and a reload in the same browser afterwards (what the HTTP cache and the service worker save).
/// Targets: ≤ 2.0 MB, ≤ 1.5 s at 4×.
/// </summary>
public static class ColdLoadPart
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
    private static readonly int[] Throttles = [1, 4];

    public static async Task<IReadOnlyList<Table>> RunAsync(BenchOptions options)
    {
        var classTable = new Table($"A class of {options.ClassSize} tablets opening the join link at the same second (Release publish, Chromium headless)",
            "run", "MB on the wire", "requests (cache hits too)", "first can type s", "median s", "last can type s", "server CPU s", "machine CPU %");
        var table = new Table("Cold load of the join link on an 820×1180 tablet (Release publish, Chromium headless)",
            "CPU", "run", "KB on the wire", "requests (cache hits too)", "name field ms", "reload KB", "reload requests (cache hits too)",
            "reload name field ms");
        var publish = options.PublishFolder ?? await ServerPublish.ReleaseAsync();
        var data = Path.Combine(options.DataRoot, "wb-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = await ServerProcess.StartPublishedAsync(publish, data, new Dictionary<string, string>
            {
                ["Logging__LogLevel__Default"] = "Warning",
            });
            var code = await CreateWorkshopAsync(server.BaseAddress);
            await using var wire = TcpProxy.To(() => [server.Port]);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Tablets.LaunchChromiumAsync(playwright);
            foreach (var throttle in Throttles)
                for (var run = 1; run <= options.ColdRuns; run++)
                {
                    var result = await LoadAsync(browser, wire, $"/b/{code}", throttle);
                    Console.WriteLine($"cold load · CPU {throttle}× · run {run}: {result.Cold.Bytes / 1024.0:0} KB in {result.Cold.Requests} requests, " +
                        $"name field after {result.Cold.NameFieldMs:0} ms; reload {result.Reload.Bytes / 1024.0:0} KB, {result.Reload.NameFieldMs:0} ms");
                    table.Add($"{throttle}×", Table.Number(run), Table.Number(result.Cold.Bytes / 1024.0), Table.Number(result.Cold.Requests),
                        Table.Number(result.Cold.NameFieldMs), Table.Number(result.Reload.Bytes / 1024.0), Table.Number(result.Reload.Requests),
                        Table.Number(result.Reload.NameFieldMs));
                }
            for (var run = 1; run <= options.ClassRuns; run++)
            {
                var c = await ClassAsync(browser, wire, $"/b/{code}", options.ClassSize, server.ProcessId);
                Console.WriteLine($"class of {options.ClassSize} · run {run}: {c.Bytes / 1048576.0:0.0} MB, last can type after {c.Times[^1] / 1000:0.0} s");
                classTable.Add(Table.Number(run), Table.Number(c.Bytes / 1048576.0, "0.0"), Table.Number(c.Requests),
                    Table.Number(c.Times[0] / 1000, "0.0"), Table.Number(c.Times[c.Times.Count / 2] / 1000, "0.0"),
                    Table.Number(c.Times[^1] / 1000, "0.0"), Table.Number(c.ServerCpuSeconds, "0.0"), Table.Number(c.Cpu.Servers + c.Cpu.Clients + c.Cpu.Others));
            }
        }
        finally
        {
            if (options.PublishFolder is null && Directory.Exists(publish)) Directory.Delete(publish, recursive: true);
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
        table.Note("Each run: a new browser context (empty cache, no service worker) opens /b/{code} of a 12-group workshop; the time runs " +
            "from navigating to the name field taking typed text (Playwright's fill). Bytes: both directions through a TCP relay until " +
            $"nothing crossed for {Quiet.TotalSeconds:0} s (the service worker's fetches included; KB and MB of 1,024). Requests: every one the " +
            "page and its service worker made, answered from the cache or not. Reload: the same context reloads the page.");
        classTable.Note($"{options.ClassSize} new contexts in one Chromium (one process per tablet's page, all on this machine's cores, so the " +
            "browsers' own CPU is most of the wait); all navigate at once; each time runs from that moment to its name field taking typed text. " +
            "Server CPU: the server process's CPU seconds from the first request to the last page quiet. Machine CPU: all processes, percent of one core.");
        return [table, classTable];
    }

    private sealed record ClassLoad(long Bytes, int Requests, IReadOnlyList<double> Times, CpuUse Cpu, double Seconds)
    {
        public double ServerCpuSeconds => Cpu.Servers / 100 * Seconds;
    }

    private static async Task<ClassLoad> ClassAsync(IBrowser browser, TcpProxy wire, string path, int size, int serverPid)
    {
        var contexts = new List<IBrowserContext>();
        try
        {
            var requests = 0;
            var pages = new List<IPage>();
            for (var i = 0; i < size; i++)
            {
                var context = await Tablets.NewAsync(browser, wire.Address);
                context.RequestFinished += (_, _) => Interlocked.Increment(ref requests);
                contexts.Add(context);
                pages.Add(await context.NewPageAsync());
            }
            await wire.QuietAsync(Quiet, Patience);
            wire.ResetCounts();
            Interlocked.Exchange(ref requests, 0);
            var cpu = CpuMeter.Start([serverPid]);
            var clock = Stopwatch.StartNew();
            var times = await Task.WhenAll(pages.Select(async (page, i) =>
            {
                await page.GotoAsync(path, new() { Timeout = 600_000 });
                await page.GetByTestId("display-name").FillAsync($"学员{i + 1}", new() { Timeout = 600_000 });
                return clock.Elapsed.TotalMilliseconds;
            }));
            await wire.QuietAsync(Quiet, Patience);
            var used = cpu.Stop();
            var (up, down) = wire.Carried;
            return new ClassLoad(up + down, Volatile.Read(ref requests), [.. times.Order()], used, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            foreach (var context in contexts) await context.CloseAsync();
        }
    }

    private sealed record Load(long Bytes, int Requests, double NameFieldMs);

    private static async Task<(Load Cold, Load Reload)> LoadAsync(IBrowser browser, TcpProxy wire, string path, int throttle)
    {
        await using var context = await Tablets.NewAsync(browser, wire.Address);
        var requests = 0;
        context.RequestFinished += (_, _) => Interlocked.Increment(ref requests); // the service worker's too
        var page = await context.NewPageAsync();
        await Tablets.ThrottleAsync(context, page, throttle);

        async Task<Load> MeasureAsync(Func<Task> open)
        {
            await wire.QuietAsync(Quiet, Patience);
            wire.ResetCounts();
            Interlocked.Exchange(ref requests, 0);
            var clock = Stopwatch.StartNew();
            await open();
            await page.GetByTestId("display-name").FillAsync("李明", new() { Timeout = 120_000 });
            var nameField = clock.Elapsed.TotalMilliseconds;
            await wire.QuietAsync(Quiet, Patience);
            var (up, down) = wire.Carried;
            return new Load(up + down, Volatile.Read(ref requests), nameField);
        }

        var cold = await MeasureAsync(() => page.GotoAsync(path));
        var reload = await MeasureAsync(() => page.ReloadAsync());
        return (cold, reload);
    }

    private static async Task<string> CreateWorkshopAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server };
        var response = await http.PostAsJsonAsync("api/workshops",
            new CreateWorkshopRequest("冷启动测量", BoardLanguage.ZhCn, WorkshopTemplate.ActionLearning, 12), WireJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!.Code;
    }
}
