using Whiteboard.Tests.Shared;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// One server process (its own data folder) and one headless Debian Chromium for all end-to-end tests. Tests never share a
/// board: each creates its own, and each person in a test gets a fresh browser context (own storage, own cookies).
/// The server is the Release publish, as a classroom gets it: every context boots the app cold, and the Debug build's
/// untrimmed 26 MB cost a third more CPU than the 3 MB that ships (six boots: 85 against 56 CPU-seconds), on a machine the
/// whole suite shares.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "wb-e2e-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    /// <summary>The programme office's key (rule O1): the office link is <c>/office#key={OfficeKey}</c>.</summary>
    public const string OfficeKey = "e2e-office-key-0123456789abcdef";

    public ServerProcess Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Web-first assertions wait for the board to catch up; on a loaded 2-core machine 5 s (the default) is too tight.
        Assertions.SetDefaultExpectTimeout(10_000);
        // One address makes every test's workshops and people: as a whole college would behind one router, not one facilitator.
        Server = await ServerProcess.StartPublishedAsync(await ReleaseBuild.FolderAsync(), _dataFolder, new Dictionary<string, string>
        {
            ["Limits__CreateBurst"] = "1000",
            ["Limits__JoinBurst"] = "10000",
            ["Office__Key"] = OfficeKey,
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            // Debian's Chromium as its headless shell (package chromium-headless-shell, the same engine and version, what
            // Playwright itself runs headless): without the full browser's window UI a cold app start costs a third less CPU.
            ExecutablePath = "/usr/bin/chromium-headless-shell",
            Headless = true,
            // Without the background-networking flags Chromium keeps calling home, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new person at a new device: a fresh context on the server's address.</summary>
    public async Task<IPage> NewPersonAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL ??= Server.BaseAddress.ToString();
        options.Locale ??= "zh-CN";
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A tablet: touch only, as the trainees in the room use.</summary>
    /// <param name="server">Another server than the fixture's (a test's own), when given.</param>
    public Task<IPage> NewTabletPersonAsync(Uri? server = null) => NewTouchPersonAsync((1024, 768), server);

    /// <summary>A touch-only device of the size given: a phone (390×844), a tablet upright (820×1180) or on its side.</summary>
    /// <param name="server">Another server than the fixture's (a test's own), when given.</param>
    public Task<IPage> NewTouchPersonAsync((int Width, int Height) size, Uri? server = null) => NewPersonAsync(new BrowserNewContextOptions
    {
        BaseURL = server?.ToString(),
        HasTouch = true,
        IsMobile = true,
        ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
        DeviceScaleFactor = 1,
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        await ReleaseBuild.DeleteAsync();
        try { Directory.Delete(_dataFolder, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
