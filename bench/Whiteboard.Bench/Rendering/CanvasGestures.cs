using Microsoft.Playwright;

namespace Whiteboard.Bench.Rendering;

/// <summary>What a person does to look around a big board: drags the bare canvas, and taps the zoom buttons.</summary>
public static class CanvasGestures
{
    /// <summary>
    /// Drags the canvas by (<paramref name="dx"/>, <paramref name="dy"/>) screen pixels with the mouse, in small steps as
    /// a hand does, from a spot where nothing lies on it (a drag that starts on a note moves the note). False when the
    /// notes cover every spot a drag could start from.
    /// </summary>
    public static async Task<bool> PanAsync(IPage page, double dx, double dy, int steps = 24)
    {
        var start = await page.EvaluateAsync<double[]?>("""
            ([dx, dy]) => {
              const c = document.querySelector('[data-testid=board-canvas]').getBoundingClientRect();
              const [left, right] = [Math.max(c.left, c.left - dx) + 24, Math.min(c.right, c.right - dx) - 24];
              const [top, bottom] = [Math.max(c.top, c.top - dy) + 24, Math.min(c.bottom, c.bottom - dy) - 24];
              for (let y = top; y < bottom; y += 20)
                for (let x = left; x < right; x += 20) {
                  const e = document.elementFromPoint(x, y);
                  if (e && e.closest('.diagram-canvas') && !e.closest('[data-testid=note], [data-testid=cluster], button, a, input'))
                    return [x, y];
                }
              return null;
            }
            """, new[] { dx, dy });
        if (start is not [var x, var y]) return false;
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(x + dx), (float)(y + dy), new() { Steps = steps });
        await page.Mouse.UpAsync();
        return true;
    }

    /// <summary>Out twice, in twice, then "fit": the buttons a tablet has instead of a pinch.</summary>
    public static async Task ZoomAroundAsync(IPage page)
    {
        foreach (var button in new[] { "zoom-out", "zoom-out", "zoom-in", "zoom-in", "zoom-fit" })
            await page.GetByTestId(button).ClickAsync();
    }
}
