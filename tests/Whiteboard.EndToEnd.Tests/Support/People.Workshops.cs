namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>The steps of an action-learning workshop: creating it, joining it by code, running its stages.</summary>
public static partial class People
{
    /// <summary>The action-learning template's stages, in order (their ids in the test ids: stage-problem…).</summary>
    public static readonly string[] ActionLearningStages = ["problem", "plan", "action", "reflection", "summary"];

    /// <summary>
    /// Creates an action-learning workshop from the start page and returns its join code; the page stays on the created
    /// links (console, projector, secret links).
    /// </summary>
    public static async Task<string> CreateWorkshopAsync(IPage page, string title, int groups)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("new-workshop-title").FillAsync(title);
        await page.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await page.GetByTestId("new-workshop-groups").SelectOptionAsync(groups.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("create-workshop").ClickAsync();
        await Expect(page.GetByTestId("created-workshop")).ToBeVisibleAsync();
        var code = (await page.GetByTestId("join-code").InnerTextAsync()).Trim();
        Assert.Matches("^[23456789A-HJ-NP-Z]{6}$", code);
        await Expect(page.GetByTestId("facilitator-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("#facilitator="));
        return code;
    }

    /// <summary>
    /// Creates a one-group workshop that runs a flow of the method library (its id) and returns its join code; the page
    /// stays on the created links. Given a design, the facilitator opens the designer on that flow and reshapes it first
    /// (rule F4): the design step gets the designer.
    /// </summary>
    public static async Task<string> CreateFlowWorkshopAsync(IPage page, string title, string flowId, Func<ILocator, Task>? design = null)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("new-workshop-title").FillAsync(title);
        await page.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await page.GetByTestId("new-workshop-flow").SelectOptionAsync(flowId);
        await page.GetByTestId("new-workshop-groups").SelectOptionAsync("1");
        if (design is not null)
        {
            await PressAsync(page, page.GetByTestId("design-flow"));
            await design(page.GetByTestId("flow-designer"));
        }
        await PressAsync(page, page.GetByTestId("create-workshop"));
        return (await page.GetByTestId("join-code").InnerTextAsync()).Trim();
    }

    /// <summary>
    /// From the created links: opens the console (the secret travels with it) and joins as the facilitator, giving the
    /// name this browser is asked once (later workshops go straight in: <see cref="ExpectStraightInAsync"/>).
    /// </summary>
    public static async Task OpenConsoleAsync(IPage page, string name)
    {
        await page.GetByTestId("open-console").ClickAsync();
        await page.GetByTestId("display-name").FillAsync(name);
        await page.GetByTestId("join-button").ClickAsync();
        await Expect(page.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
    }

    /// <summary>
    /// A facilitator's or observer's link opened in a browser that gave its name before: nothing is asked; it lands on the
    /// console (several groups) or the board (one group), connected.
    /// </summary>
    public static async Task ExpectStraightInAsync(IPage page)
    {
        await Expect(page.GetByTestId("console").Or(page.GetByTestId("board-canvas"))).ToBeVisibleAsync();
        await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(page.GetByTestId("display-name")).ToHaveCountAsync(0);
    }

    /// <summary>Types the 6-character code on the start page, as a trainee told the code by the room does, and joins.</summary>
    public static async Task JoinByCodeAsync(IPage page, string code, string name, bool remote = false)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("code-input").FillAsync(code.ToLowerInvariant());
        await PressAsync(page, page.GetByTestId("go-to-board"));
        await JoinAsync(page, name, remote);
    }

    /// <summary>A finger on a tablet, a mouse click elsewhere.</summary>
    public static async Task PressAsync(IPage page, ILocator target)
    {
        if (await IsTouchAsync(page)) await target.TapAsync();
        else await target.ClickAsync();
    }

    internal static Task<bool> IsTouchAsync(IPage page) => page.EvaluateAsync<bool>("() => navigator.maxTouchPoints > 0");

    /// <summary>
    /// Writes a note on a tablet by tapping (the editor is typed into the same way); returns its id. On a tool canvas the
    /// zone given is tapped in the editor, and the note is placed in it (rule Z2).
    /// </summary>
    public static async Task<string> AddNoteByTouchAsync(IPage page, string text, string? zoneId = null)
    {
        await page.GetByTestId("add-note").TapAsync();
        if (zoneId is not null) await page.Locator($"[data-testid=note-zone][data-zone-id='{zoneId}']").TapAsync();
        await page.GetByTestId("note-editor").FillAsync(text);
        await page.GetByTestId("save-note").TapAsync();
        var note = Note(page, text);
        await Expect(note).ToBeVisibleAsync();
        return (await note.GetAttributeAsync("data-note-id"))!;
    }

    /// <summary>The facilitator ticks one stage setting (its test id: setting-questions…) and saves.</summary>
    public static async Task SetStageSettingAsync(IPage facilitator, string setting)
    {
        await PressAsync(facilitator, facilitator.GetByTestId("stage-settings"));
        await facilitator.GetByTestId(setting).CheckAsync();
        await PressAsync(facilitator, facilitator.GetByTestId("save-settings"));
        await Expect(facilitator.GetByTestId("stage-settings-dialog")).ToHaveCountAsync(0);
    }

    /// <summary>The note's centre, as drawn, lies inside the zone as drawn (rule Z2), until the screen shows it so.</summary>
    public static async Task ExpectOnZoneAsync(IPage page, string noteId, string zoneId)
    {
        var zone = page.Locator($"[data-testid=zone][data-zone-id={zoneId}]");
        for (var tries = 0; ; tries++)
        {
            var n = await NodeOf(page, noteId).Locator(".sticky-note").BoundingBoxAsync();
            var z = await zone.BoundingBoxAsync();
            if (n is not null && z is not null)
            {
                var (x, y) = (n.X + n.Width / 2, n.Y + n.Height / 2);
                if (x >= z.X && x < z.X + z.Width && y >= z.Y && y < z.Y + z.Height) return;
            }
            Assert.True(tries < 50, $"note {noteId} is not on the {zoneId} zone");
            await page.WaitForTimeoutAsync(200);
        }
    }

    /// <summary>The stage controls for every group at once, on the console.</summary>
    public static ILocator AllGroups(IPage console) => console.GetByTestId("all-groups");

    /// <summary>Opens the first not-yet-open stage in every group, from the console.</summary>
    public static async Task StartStageForAllAsync(IPage console) =>
        await AllGroups(console).GetByTestId("advance-stage").ClickAsync();

    /// <summary>A group's card on the console.</summary>
    public static ILocator GroupCard(IPage console, int number) =>
        console.Locator($"[data-testid=group-card][data-group-number='{number}']");

    /// <summary>A group's column in the console's list of who is where.</summary>
    public static ILocator PeopleGroup(IPage console, int number) =>
        console.Locator($"[data-testid=people-group][data-group-number='{number}']");

    /// <summary>A stage's status marker in the stage bar (data-status: NotOpen, Open, Locked, Done).</summary>
    public static ILocator StageStatus(IPage page, string stageId) =>
        page.GetByTestId($"stage-{stageId}").GetByTestId("stage-status");

    public static Task ExpectStageAsync(IPage page, string stageId, string status) =>
        Expect(StageStatus(page, stageId)).ToHaveAttributeAsync("data-status", status);

    public static ILocator Cluster(IPage page, string clusterId) =>
        page.Locator($"[data-testid=cluster][data-cluster-id='{clusterId}']");

    /// <summary>The dots on a cluster itself (its header), not on the notes inside it.</summary>
    public static ILocator ClusterVotes(IPage page, string clusterId) => Cluster(page, clusterId).Locator(".cluster-header");

    /// <summary>Drags a note with the mouse so that its centre lands on another note's centre.</summary>
    public static async Task DragOntoAsync(IPage page, ILocator note, ILocator target)
    {
        var from = (await note.BoundingBoxAsync())!;
        var to = (await target.BoundingBoxAsync())!;
        var dx = to.X + to.Width / 2 - (from.X + from.Width / 2);
        var dy = to.Y + to.Height / 2 - (from.Y + from.Height / 2);
        await DragAsync(page, note, dx, dy);
    }
}
