using Microsoft.Playwright;

namespace Whiteboard.Bench.Rendering;

/// <summary>
/// Watches a page's frames from its first script on (<see cref="AttachAsync"/> before it navigates): Long Animation Frames
/// through a <c>PerformanceObserver</c>, and the gaps between <c>requestAnimationFrame</c> callbacks. A stretch starts
/// with <see cref="StartAsync"/> and is read with <see cref="ReadAsync"/>.
/// </summary>
public static class FrameWatch
{
    /// <summary>Frames longer than this are janky: the target is every frame under it.</summary>
    public const double LongFrameMs = 50;

    // The rAF loop costs a callback a frame, nothing measurable beside a Blazor render; it runs from the page's start so
    // that the first gap after a long task is seen.
    private const string Script = """
        (() => {
          const w = { from: 0, loafs: [], gaps: [], last: 0, lastLong: 0 };
          window.__frames = w;
          new PerformanceObserver(list => {
            for (const e of list.getEntries()) {
              w.loafs.push({ start: e.startTime, duration: e.duration });
              w.lastLong = Math.max(w.lastLong, e.startTime + e.duration);
            }
          }).observe({ type: 'long-animation-frame', buffered: true });
          const tick = now => {
            if (w.last) {
              w.gaps.push({ at: now, gap: now - w.last });
              if (now - w.last > 50) w.lastLong = now;
            }
            w.last = now;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          w.start = () => { w.from = performance.now(); w.loafs = w.loafs.filter(l => l.start >= w.from); w.gaps = []; };
          w.quietFor = ms => performance.now() - Math.max(w.lastLong, w.from) >= ms;
          w.read = () => {
            const loafs = w.loafs.filter(l => l.start >= w.from).map(l => l.duration);
            const gaps = w.gaps.filter(g => g.at >= w.from).map(g => g.gap);
            return {
              longestLoaf: Math.max(0, ...loafs), loafsOver50: loafs.filter(d => d > 50).length,
              longestGap: Math.max(0, ...gaps), gapsOver50: gaps.filter(g => g > 50).length, frames: gaps.length,
              settled: Math.max(w.lastLong, w.from) - w.from,
            };
          };
        })();
        """;

    public static Task AttachAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    public static Task StartAsync(IPage page) => page.EvaluateAsync("() => window.__frames.start()");

    /// <summary>
    /// Waits (in the page, Playwright's polling) until no long frame was seen for <paramref name="quiet"/>: what a
    /// render left behind (resize observers, late events) is counted in its stretch.
    /// </summary>
    public static Task QuietAsync(IPage page, TimeSpan quiet, TimeSpan patience) =>
        page.WaitForFunctionAsync("ms => window.__frames.quietFor(ms)", quiet.TotalMilliseconds,
            new() { PollingInterval = 100, Timeout = (float)patience.TotalMilliseconds });

    public static async Task<FrameStats> ReadAsync(IPage page)
    {
        var r = await page.EvaluateAsync<Read>("() => window.__frames.read()");
        return new FrameStats(r.LongestLoaf, r.LoafsOver50, r.LongestGap, r.GapsOver50, r.Frames, r.Settled);
    }

    /// <summary>Playwright fills what a page returns into settable properties.</summary>
    private sealed class Read
    {
        public double LongestLoaf { get; set; }
        public int LoafsOver50 { get; set; }
        public double LongestGap { get; set; }
        public int GapsOver50 { get; set; }
        public int Frames { get; set; }
        public double Settled { get; set; }
    }
}
