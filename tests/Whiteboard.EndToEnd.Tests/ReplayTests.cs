using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rule B4: the facilitator replays a group's session from its stored events on a timeline slider — read-only, in the
/// browser — back to its middle, by stage, and forward to the end, where it is the live board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplayTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_facilitator_replays_a_group_to_the_middle_of_its_plan_and_at_the_end_sees_the_live_board()
    {
        var s = await RunToActionAsync(fixture, "处级干部进修班 · 回放", withTablet: false);

        // From the console's group card, in a second tab: the board stays live in the first.
        var console = await s.Facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{s.Code}/console");
        await GroupCard(console, 1).GetByTestId("open-replay").ClickAsync();
        var replay = console.GetByTestId("replay");
        await Expect(replay).ToBeVisibleAsync();
        var end = int.Parse((await replay.GetAttributeAsync("data-end"))!, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(replay).ToHaveAttributeAsync("data-position", end.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var slider = console.GetByTestId("replay-slider");
        await Expect(slider).ToHaveAttributeAsync("max", end.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // At the end it is the board as it is now: the Action stage's note and both items, as on the live board.
        await Expect(console.GetByTestId("stage-header")).ToHaveCountAsync(0); // no writing here: it is a replay
        await Expect(console.GetByTestId("note-text")).ToHaveTextAsync([LiAction]);
        await Expect(console.GetByTestId("action-item")).ToHaveCountAsync(2);
        await Expect(console.GetByTestId("add-action")).ToHaveCountAsync(0);
        await Expect(console.GetByTestId("action-status")).ToHaveCountAsync(0);

        // Jump to where Plan began: Plan open and empty. Then half way to where Action began: some of its notes, not all.
        var planStart = await JumpToStageAsync(console, "plan");
        await Expect(console.GetByTestId("note")).ToHaveCountAsync(0);
        // Played from there, the notes come one by one; paused, it stays.
        var play = console.GetByTestId("replay-play");
        await play.ClickAsync();
        await Expect(play).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(console.GetByTestId("note")).Not.ToHaveCountAsync(0);
        await play.ClickAsync();
        await Expect(play).ToHaveAttributeAsync("aria-pressed", "false");
        var actionStart = await JumpToStageAsync(console, "action");
        Assert.True(actionStart > planStart + 7, $"Plan ran from event {planStart} to {actionStart}: not the three notes, three votes and reveal it had");
        var middle = (planStart + actionStart) / 2;
        await SlideToAsync(console, middle);
        await ExpectStageAsync(console, "plan", "Open");
        var inTheMiddle = await console.GetByTestId("note").CountAsync();
        Assert.InRange(inTheMiddle, 1, 2); // 3 plan notes by the end of Plan, the last one after the first two votes
        await Screenshots.SaveAsync(console, "after-class-replay-middle");

        // One step on with the keyboard: the slider moves one event.
        await slider.FocusAsync();
        await console.Keyboard.PressAsync("ArrowRight");
        await Expect(replay).ToHaveAttributeAsync("data-position", (middle + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(console.GetByTestId("replay-event")).Not.ToBeEmptyAsync();

        // Just before Action began, Plan as the group left it: what the live board shows for Plan now.
        await SlideToAsync(console, actionStart - 1);
        await PressAsync(s.Li, s.Li.GetByTestId("stage-plan"));
        await Expect(s.Li.GetByTestId("note")).ToHaveCountAsync(3);
        var livePlan = await TextsAsync(s.Li);
        await Expect(console.GetByTestId("note")).ToHaveCountAsync(livePlan.Length);
        Assert.Equal(livePlan, await TextsAsync(console));

        // Played at 16× from there, it runs to the end by itself and stops.
        await console.GetByTestId("replay-speed").SelectOptionAsync("16");
        await play.ClickAsync();
        await Expect(replay).ToHaveAttributeAsync("data-position", end.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(play).ToHaveAttributeAsync("aria-pressed", "false");

        // At the end again: Problem as the facilitator sees it live (the note never revealed too: the replay is theirs).
        await SlideToAsync(console, end);
        await PressAsync(console, console.GetByTestId("stage-problem"));
        await PressAsync(s.Facilitator, s.Facilitator.GetByTestId("stage-problem"));
        await Expect(s.Facilitator.GetByTestId("note")).ToHaveCountAsync(2); // 李明's revealed problem and his unrevealed one
        await Expect(console.GetByTestId("note")).ToHaveCountAsync(2);
        Assert.Equal(await TextsAsync(s.Facilitator), await TextsAsync(console));
        await Expect(NoteById(console, (await Note(s.Facilitator, LiUnrevealedProblem).GetAttributeAsync("data-note-id"))!).GetByTestId("private-badge")).ToBeVisibleAsync();

        await console.CloseAsync();
        await s.CloseAsync();
    }

    /// <summary>Taps a stage's jump button and returns the position it jumped to.</summary>
    private static async Task<int> JumpToStageAsync(IPage page, string stageId)
    {
        await page.GetByTestId($"replay-stage-{stageId}").ClickAsync();
        await ExpectStageAsync(page, stageId, "Open");
        return int.Parse((await page.GetByTestId("replay").GetAttributeAsync("data-position"))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the range input as a drag of its thumb does: a new value, then the input event Blazor listens to.</summary>
    private static async Task SlideToAsync(IPage page, int position)
    {
        await page.GetByTestId("replay-slider").EvaluateAsync(
            "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
            position);
        await Expect(page.GetByTestId("replay")).ToHaveAttributeAsync("data-position", position.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string[]> TextsAsync(IPage page) =>
        [.. (await page.GetByTestId("note-text").AllInnerTextsAsync()).Order(StringComparer.Ordinal)];
}
