namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// A hand on one screen: the mouse on a laptop, one finger on a touch screen. Playwright has no touch moves, so a finger
/// is CDP touch events, which Chromium turns into the touch pointer events a real finger makes.
/// </summary>
public sealed class Hand
{
    private readonly IPage _page;
    private readonly ICDPSession? _finger;

    private Hand(IPage page, ICDPSession? finger) => (_page, _finger) = (page, finger);

    /// <summary>The page's hand: a finger where the page has touch, else the mouse.</summary>
    public static async Task<Hand> OfAsync(IPage page) =>
        new(page, await IsTouchAsync(page) ? await page.Context.NewCDPSessionAsync(page) : null);

    public bool IsTouch => _finger is not null;

    /// <summary>
    /// Presses at the first point, passes through the others in <paramref name="steps"/> moves each, one move an
    /// animation frame as a real pointer reports them (moves sent within one frame Chromium merges), and lets go at the last.
    /// </summary>
    public async Task StrokeAsync(IReadOnlyList<(double X, double Y)> points, int steps)
    {
        var (x, y) = points[0];
        await PressAsync(x, y);
        foreach (var (nx, ny) in points.Skip(1))
        {
            for (var i = 1; i <= steps; i++)
            {
                await MoveAsync(x + (nx - x) * i / steps, y + (ny - y) * i / steps);
                await NextFrameAsync();
            }
            (x, y) = (nx, ny);
        }
        await LetGoAsync();
    }

    public async Task PressAsync(double x, double y)
    {
        if (_finger is not null)
        {
            await TouchAsync("touchStart", x, y);
            return;
        }
        await _page.Mouse.MoveAsync((float)x, (float)y);
        await _page.Mouse.DownAsync();
    }

    public Task MoveAsync(double x, double y) =>
        _finger is null ? _page.Mouse.MoveAsync((float)x, (float)y) : TouchAsync("touchMove", x, y);

    /// <summary>Lets go where the last move went.</summary>
    public Task LetGoAsync() => _finger is null ? _page.Mouse.UpAsync() : TouchAsync("touchEnd", 0, 0);

    /// <summary>Waits for the page's next animation frame: what was moved before it has reached the page.</summary>
    public Task NextFrameAsync() => _page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => r()))");

    private Task TouchAsync(string type, double x, double y) =>
        _finger!.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
}
