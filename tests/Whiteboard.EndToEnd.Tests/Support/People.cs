using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>What a person does on the board, in the words of the UI's test ids: the steps the tests share.</summary>
public static partial class People
{
    /// <summary>Creates a board from the start page and returns its join code; the page stays on the created links.</summary>
    public static async Task<string> CreateBoardAsync(IPage page, string title)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("new-board-title").FillAsync(title);
        await page.GetByTestId("create-board").ClickAsync();
        var code = (await page.GetByTestId("join-code").InnerTextAsync()).Trim();
        Assert.Matches("^[23456789A-HJ-NP-Z]{6}$", code);
        return code;
    }

    /// <summary>The facilitator secret a facilitator's browser keeps for a workshop (what the export and reports need).</summary>
    public static Task<string> FacilitatorSecretAsync(IPage page, string code) =>
        page.EvaluateAsync<string>("code => localStorage.getItem('wb.facilitator.' + code)", code);

    /// <summary>Fills the join form (the page must be on the board's link) and waits for the board to show.</summary>
    public static async Task JoinAsync(IPage page, string name, bool remote = false)
    {
        await page.GetByTestId("display-name").FillAsync(name);
        if (remote) await page.GetByTestId("location-remote").CheckAsync();
        await page.GetByTestId("join-button").ClickAsync();
        await Expect(page.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
    }

    public static async Task OpenAndJoinAsync(IPage page, string code, string name, bool remote = false)
    {
        await page.GotoAsync($"/b/{code}");
        await JoinAsync(page, name, remote);
    }

    /// <summary>Adds a note through the editor and returns its id once the server's event has drawn it.</summary>
    public static async Task<string> AddNoteAsync(IPage page, string text)
    {
        await page.GetByTestId("add-note").ClickAsync();
        await page.GetByTestId("note-editor").FillAsync(text);
        await page.GetByTestId("save-note").ClickAsync();
        var note = Note(page, text);
        await Expect(note).ToBeVisibleAsync();
        return (await note.GetAttributeAsync("data-note-id"))!;
    }

    public static ILocator Note(IPage page, string text) =>
        page.GetByTestId("note").Filter(new() { Has = page.GetByTestId("note-text").GetByText(text, new() { Exact = true }) });

    public static ILocator NoteById(IPage page, string noteId) => page.Locator($"[data-testid=note][data-note-id='{noteId}']");

    /// <summary>The diagram node that carries a note's canvas position.</summary>
    public static ILocator NodeOf(IPage page, string noteId) => page.Locator($"div.diagram-node[data-node-id='{noteId}']");

    /// <summary>The note's canvas position, as the diagram's node style has it.</summary>
    public static async Task<(double Left, double Top)> PositionAsync(IPage page, string noteId) =>
        PositionIn(await NodeOf(page, noteId).GetAttributeAsync("style") ?? "");

    /// <summary>A canvas position from a diagram node's style.</summary>
    public static (double Left, double Top) PositionIn(string style)
    {
        var left = PixelsRegex().Match(style.Split("left")[1]).Value;
        var top = PixelsRegex().Match(style.Split("top")[1]).Value;
        return (double.Parse(left, System.Globalization.CultureInfo.InvariantCulture), double.Parse(top, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Drags with the mouse by a screen offset, in small steps as a hand does.</summary>
    public static async Task DragAsync(IPage page, ILocator target, double dx, double dy)
    {
        var box = (await target.BoundingBoxAsync())!;
        var (x, y) = (box.X + 30, box.Y + 30);
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)(x + dx), (float)(y + dy), new() { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    /// <summary>
    /// Pans the board until the element's centre is well inside the canvas, as a person does: a drag on the canvas where
    /// nothing lies on it (a finger on a touch screen, else the mouse), across along its top, then up or down along its left
    /// side. A board zoomed to fit may still be wider and taller than a phone.
    /// </summary>
    public static async Task BringIntoViewAsync(IPage page, ILocator element)
    {
        Hand? hand = null;
        for (var strokes = 0; strokes < 8; strokes++)
        {
            var canvas = (await page.GetByTestId("board-canvas").BoundingBoxAsync())!;
            var box = (await element.BoundingBoxAsync())!;
            var (cx, cy) = (box.X + box.Width / 2, box.Y + box.Height / 2);
            var insideX = cx > canvas.X + canvas.Width / 4 && cx < canvas.X + canvas.Width * 3 / 4;
            var insideY = cy > canvas.Y + canvas.Height / 4 && cy < canvas.Y + canvas.Height * 3 / 4;
            if (insideX && insideY) return;
            var across = !insideX;
            var d = across ? canvas.X + canvas.Width / 2 - cx : canvas.Y + canvas.Height / 2 - cy;
            var (low, high) = across ? (canvas.X, canvas.X + canvas.Width) : (canvas.Y, canvas.Y + canvas.Height);
            // From the edge the drag leaves, inward until the finger lands on the bare canvas (not a note, not the zoom bar).
            var start = d > 0 ? low + 16 : high - 16;
            var fixedAt = across ? canvas.Y + 16 : canvas.X + 16;
            while (!await BareCanvasAtAsync(page, across ? start : fixedAt, across ? fixedAt : start))
            {
                start += d > 0 ? 16 : -16;
                Assert.True(start > low && start < high, "no bare canvas to pan the board by");
            }
            var end = Math.Clamp(start + d, low + 16, high - 16);
            hand ??= await Hand.OfAsync(page);
            await hand.StrokeAsync(across ? [(start, fixedAt), (end, fixedAt)] : [(fixedAt, start), (fixedAt, end)], 8);
        }
        Assert.Fail("the element did not come into view by panning the board");
    }

    private static Task<bool> BareCanvasAtAsync(IPage page, double x, double y) => page.EvaluateAsync<bool>("""
        ([x, y]) => {
          const e = document.elementFromPoint(x, y);
          return !!e && !!e.closest('.diagram-canvas') && !e.closest('[data-testid=note], [data-testid=cluster], button, a, input');
        }
        """, new[] { x, y });

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex PixelsRegex();
}
