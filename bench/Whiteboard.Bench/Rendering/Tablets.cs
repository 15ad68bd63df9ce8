using Microsoft.Playwright;

namespace Whiteboard.Bench.Rendering;

/// <summary>
/// Debian's Chromium (full, headless) driven by Playwright, and the tablet the browser parts open pages on: an 820×1180
/// touch screen, its CPU slowed through CDP as a mid-range tablet's is.
/// </summary>
public static class Tablets
{
    /// <summary>The installed Chromium, nothing downloaded; without the background traffic that would blur the measures.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    /// <summary>A new tablet: an 820×1180 touch screen with an empty cache, opening pages at <paramref name="baseAddress"/>.</summary>
    public static Task<IBrowserContext> NewAsync(IBrowser browser, Uri baseAddress) => browser.NewContextAsync(new()
    {
        BaseURL = baseAddress.ToString(),
        Locale = "zh-CN",
        ViewportSize = new ViewportSize { Width = 820, Height = 1180 },
        HasTouch = true,
        IsMobile = true,
    });

    /// <summary>Slows the page's CPU <paramref name="rate"/> times (<c>Emulation.setCPUThrottlingRate</c>); 4 is a mid-range tablet.</summary>
    public static async Task ThrottleAsync(IBrowserContext context, IPage page, int rate)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = rate });
    }
}
