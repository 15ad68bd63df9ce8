using Microsoft.Playwright;

namespace Whiteboard.Bench.Rendering;

/// <summary>
/// A CDP CPU profile of one stretch of a page (<c>Profiler.start</c> … <c>Profiler.stop</c>), saved as a
/// <c>.cpuprofile</c> that Chromium's DevTools open: to see where a long frame's time went. The render part takes them
/// when <c>WB_RENDER_PROFILES</c> names a folder.
/// </summary>
public sealed class CpuProfile
{
    private readonly ICDPSession _cdp;

    private CpuProfile(ICDPSession cdp) => _cdp = cdp;

    /// <summary>The folder to keep profiles in, or null when none are wanted.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable("WB_RENDER_PROFILES");

    public static async Task<CpuProfile> StartAsync(IBrowserContext context, IPage page)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Profiler.enable");
        await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 500 });
        await cdp.SendAsync("Profiler.start");
        return new CpuProfile(cdp);
    }

    public async Task SaveAsync(string path)
    {
        var result = await _cdp.SendAsync("Profiler.stop");
        await File.WriteAllTextAsync(path, result!.Value.GetProperty("profile").GetRawText());
        await _cdp.DetachAsync();
    }
}
