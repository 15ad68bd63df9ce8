using System.Diagnostics;
using Microsoft.Playwright;
using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Rendering;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Boards;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 8: the browser's side of a board at its limits. One quick board on the Release publish is filled through the real
/// hub to 10 %, 50 % and 100 % of its 2,000 notes; at each size a tablet (Debian's Chromium, 820×1180, CPU slowed 4×)
/// opens the board's link, joins by name as a participant does, and the bench times the notes' drawing and watches every
/// frame while they are drawn, while the canvas is dragged and while the zoom buttons are tapped. Target: every frame
/// under 50 ms.
/// </summary>
public static class RenderPart
{
    private const int Throttle = 4;
    private const int Authors = 50;
    // About 60 × 50 spots of a note and its gap: a class's board spread out, with bare canvas left to drag by.
    private const int BoardWidth = 10_000, BoardHeight = 6_000;
    private static readonly double[] Sizes = [0.1, 0.5, 1.0];
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>One opening of the board: when its parts were reached (ms from navigating) and the frames of each stretch.</summary>
    private sealed record Opening(int Notes, int Run, double NameFieldMs, double JoinedToDrawnMs, int InPage,
        FrameStats Load, FrameStats? Pan, FrameStats Zoom);

    public static async Task<IReadOnlyList<Table>> RunAsync(BenchOptions options)
    {
        var openings = new List<Opening>();
        var publish = options.PublishFolder ?? await ServerPublish.ReleaseAsync();
        try
        {
            // The board's size is measured here, not the per-connection budget: its authors write far faster than people.
            await using var target = await Target.StartPublishedAsync(publish, options.DataRoot,
                new Dictionary<string, string> { ["Limits__HubCallsPerSecond"] = "100000", ["Limits__HubCallBurst"] = "100000" });
            var created = await target.CreateQuickBoardAsync("基准测试 渲染");
            await using var board = new GrownBoard(target, created.Code, created.BoardId, created.Code, BoardWidth, BoardHeight);
            await board.JoinAuthorsAsync(Authors);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Tablets.LaunchChromiumAsync(playwright);
            foreach (var size in Sizes)
            {
                await board.GrowAsync(0, (int)(BoardLimits.MaxNotesPerBoard * size), 0);
                Console.WriteLine($"render · {board.Notes} notes · {DateTime.UtcNow:HH:mm} UTC · load average {ProcFs.LoadAverage()}");
                for (var run = 1; run <= options.RenderRuns; run++)
                {
                    var o = await OpenAsync(browser, target.BaseAddress, created.Code, board.Notes, run);
                    Console.WriteLine($"  run {run}: name field {o.NameFieldMs / 1000:0.0} s, drawn {o.JoinedToDrawnMs / 1000:0.0} s after joining; " +
                        $"longest frame: load {o.Load.LongestLoaf:0} ms, pan {o.Pan?.LongestLoaf.ToString("0") ?? "–"} ms, zoom {o.Zoom.LongestLoaf:0} ms");
                    openings.Add(o);
                }
            }
        }
        finally
        {
            if (options.PublishFolder is null && Directory.Exists(publish)) Directory.Delete(publish, recursive: true);
        }
        return [Tabulate(openings)];
    }

    private static async Task<Opening> OpenAsync(IBrowser browser, Uri server, string code, int notes, int run)
    {
        await using var context = await Tablets.NewAsync(browser, server);
        await FrameWatch.AttachAsync(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        await Tablets.ThrottleAsync(context, page, Throttle);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/b/{code}");
        await page.GetByTestId("display-name").FillAsync($"平板{notes}-{run}");
        var nameField = clock.Elapsed.TotalMilliseconds;
        var profile = await StartStretchAsync(context, page);
        await page.GetByTestId("join-button").ClickAsync();
        // Every note in the page, or (a client that draws only what is on screen) every note in the canvas's model.
        await page.WaitForFunctionAsync("""
            n => document.querySelectorAll('[data-testid=note]').length >= n
              || Number(document.querySelector('[data-testid=board-canvas]')?.dataset.notes) >= n
            """, notes, new() { PollingInterval = 100 });
        var drawn = clock.Elapsed.TotalMilliseconds;
        var load = await SettledAsync(page, profile, $"load-{notes}-{run}");
        var inPage = await page.GetByTestId("note").CountAsync();

        profile = await StartStretchAsync(context, page);
        // Left and up, then back: the notes off screen come into view and those on it leave.
        var panned = await CanvasGestures.PanAsync(page, -400, -500) && await CanvasGestures.PanAsync(page, 300, 400);
        var pan = await SettledAsync(page, profile, $"pan-{notes}-{run}");

        profile = await StartStretchAsync(context, page);
        await CanvasGestures.ZoomAroundAsync(page);
        var zoom = await SettledAsync(page, profile, $"zoom-{notes}-{run}");
        return new Opening(notes, run, nameField, drawn - nameField, inPage, load, panned ? pan : null, zoom);
    }

    /// <summary>Starts watching a stretch's frames, and profiling it when profiles are asked for.</summary>
    private static async Task<CpuProfile?> StartStretchAsync(IBrowserContext context, IPage page)
    {
        await FrameWatch.StartAsync(page);
        return CpuProfile.Folder is null ? null : await CpuProfile.StartAsync(context, page);
    }

    /// <summary>The stretch's frames, read once no frame over 50 ms came for <see cref="Quiet"/> (what it left behind counts).</summary>
    private static async Task<FrameStats> SettledAsync(IPage page, CpuProfile? profile, string name)
    {
        await FrameWatch.QuietAsync(page, Quiet, Patience);
        var frames = await FrameWatch.ReadAsync(page);
        if (profile is not null) await profile.SaveAsync(Path.Combine(CpuProfile.Folder!, name + ".cpuprofile"));
        return frames;
    }

    private static Table Tabulate(List<Opening> openings)
    {
        var table = new Table($"A board of up to {BoardLimits.MaxNotesPerBoard:N0} notes on an 820×1180 tablet, CPU {Throttle}× slower " +
            "(Release publish, Chromium headless; ms, frames over 50 ms by LoAF / rAF)",
            "notes", "run", "name field s", "join → drawn s", "join → settled s", "notes in the page", "load: longest frame",
            "load: frames > 50", "pan: longest frame",
            "pan: frames > 50", "zoom: longest frame", "zoom: frames > 50");
        foreach (var o in openings)
            table.Add(Table.Number(o.Notes), Table.Number(o.Run), Table.Number(o.NameFieldMs / 1000, "0.0"),
                Table.Number(o.JoinedToDrawnMs / 1000, "0.0"), Table.Number(o.Load.Settled / 1000, "0.0"), Table.Number(o.InPage), Longest(o.Load), Over(o.Load), Longest(o.Pan), Over(o.Pan),
                Longest(o.Zoom), Over(o.Zoom));
        table.Note($"Each run: a new browser context (an empty cache) with its CPU slowed {Throttle}× (Emulation.setCPUThrottlingRate) opens " +
            $"/b/{{code}} of a quick board whose notes lie at random in {BoardWidth:N0} × {BoardHeight:N0} (written through the hub by " +
            $"{Authors} authors), types a name and joins. name field: navigating → the name field taking text (the app's start, as the " +
            "coldload part); join → drawn: the join button → every note in the page (data-testid=note), or in the canvas's model " +
            "(data-notes) when the client draws only what is on screen; join → settled: → the end of the last frame over 50 ms " +
            "(the screen shows the board and takes input); notes in the page: drawn once settled. Frames: the Long Animation " +
            "Frames API's entries (PerformanceObserver 'long-animation-frame': a frame's scripts, style, layout and paint, reported only " +
            "over 50 ms; '<50' when none was) / the longest gap between requestAnimationFrame callbacks, from the join (load), the first " +
            $"drag (pan: two mouse drags on the bare canvas, 400 × 500 px and back 300 × 400 px, in 24 steps each) or the first " +
            $"zoom button (zoom: out, out, in, in, fit) until no long frame came for {Quiet.TotalSeconds:0} s.");
        return table;
    }

    private static string Longest(FrameStats? f) => f is null ? "no bare canvas"
        : $"{(f.LoafsOver50 == 0 ? "<50" : Table.Number(f.LongestLoaf))} / {Table.Number(f.LongestGap)}";

    private static string Over(FrameStats? f) => f is null ? "" : $"{f.LoafsOver50} / {f.GapsOver50}";
}
