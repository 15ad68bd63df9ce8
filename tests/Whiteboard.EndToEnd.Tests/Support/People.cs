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

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex PixelsRegex();
}
