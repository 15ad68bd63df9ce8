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

    [Fact]
    public async Task A_rating_and_questioning_step_replays_with_its_threads_and_results_and_counts_in_the_insight()
    {
        // Rules B4, Q2, R4, R5: the scoring step's last events are the question, its answer, six scores and the reveal
        var s = await DecisionSession.RunAsync(fixture, "决策矩阵 · 回放");
        var replay = await s.Facilitator.Context.NewPageAsync();
        await replay.GotoAsync($"/b/{s.Code}/replay/1");
        await Expect(replay.GetByTestId("replay")).ToBeVisibleAsync();
        var end = int.Parse((await replay.GetByTestId("replay").GetAttributeAsync("data-end"))!, System.Globalization.CultureInfo.InvariantCulture);

        // At the end: the results ranked as on the live board, and the thread on the pilot.
        var rows = replay.GetByTestId("rating-result-row");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-target-id", s.PilotId);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-weighted-mean", "4.00");
        await Expect(rows.Nth(0).GetByTestId("rating-spread")).ToHaveTextAsync("分歧 3.00–4.67（标准差 0.83），2 人评分");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-weighted-mean", "3.67");
        await Expect(replay.GetByTestId("rating-results")).ToContainTextAsync("重要性 ×2");
        await Screenshots.SaveAsync(replay, "replay-rating-results");
        await PressAsync(replay, replay.GetByTestId("close-rating-results"));
        await PressAsync(replay, NoteById(replay, s.PilotId).GetByTestId("question-count"));
        var sheet = replay.GetByTestId("question-sheet");
        await Expect(sheet.GetByTestId("question-text")).ToHaveTextAsync(DecisionSession.Question);
        await Expect(sheet.GetByTestId("answer-text")).ToHaveTextAsync(DecisionSession.Answer);
        await Expect(sheet.GetByTestId("answer-input")).ToHaveCountAsync(0); // a replay answers nothing, and says no more
        await Expect(sheet.GetByTestId("ask-reason")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(replay, "replay-question-thread");

        // One event back, before the reveal: no results, not even the button — the scores were the raters' own then.
        await SlideToAsync(replay, end - 1);
        await Expect(replay.GetByTestId("rating-results-toggle")).ToHaveCountAsync(0);
        await Expect(replay.GetByTestId("rating-results")).ToHaveCountAsync(0);
        // Back past the scores to the answer, then the question: the open thread follows the slider.
        var answered = await SlideBackToAsync(replay, end - 1, "有人回答");
        await Expect(sheet.GetByTestId("answer-text")).ToHaveTextAsync(DecisionSession.Answer);
        var asked = await SlideBackToAsync(replay, answered - 1, "有人提问");
        await Expect(sheet.GetByTestId("question-text")).ToHaveTextAsync(DecisionSession.Question);
        await Expect(sheet.GetByTestId("answer-text")).ToHaveCountAsync(0);
        await SlideToAsync(replay, asked - 1);
        await Expect(sheet.GetByTestId("question")).ToHaveCountAsync(0);
        await PressAsync(replay, replay.GetByTestId("close-questions"));
        await Expect(NoteById(replay, s.PilotId).GetByTestId("question-count")).ToHaveCountAsync(0);

        // Forward to the reveal again: the results are back, as the slider reaches them.
        await SlideToAsync(replay, end);
        await Expect(replay.GetByTestId("replay-event")).ToHaveTextAsync("公布了评分");
        await Expect(rows).ToHaveCountAsync(2);
        var problems = await Layout.ProblemsAtEverySizeAsync(replay, "replay-rating-results");
        // The results float over the canvas on purpose; nothing else may be covered, cut off or scroll sideways.
        var wrong = problems.Where(p => !(p.Contains(" is covered by ", StringComparison.Ordinal) && p.Contains("rating-results", StringComparison.Ordinal))).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        await replay.CloseAsync();

        // The insight counts them: per step, and per person what they wrote under their name — scores never per person (R4).
        var console = await s.Facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{s.Code}/console");
        await console.GetByTestId("console-view-insight").ClickAsync();
        var score = console.Locator("[data-testid=insight-step][data-stage-id=score]");
        await Expect(score.Locator("th, td")).ToHaveTextAsync(["方案打分", "2", "0", "1", "1"]);
        await Expect(console.GetByTestId("insight-rating")).ToHaveTextAsync(["方案打分 · 评分：6 个分数 · 2 项"]); // not the criteria step
        await Expect(console.GetByTestId("insight-person")).ToHaveCountAsync(2);
        await Expect(console.GetByTestId("insight-person").Nth(0).Locator("th, td")).ToHaveTextAsync(["张华", "1", "1", "0"]);
        await Expect(console.GetByTestId("insight-person").Nth(1).Locator("th, td")).ToHaveTextAsync(["李明", "1", "0", "1"]);
        var layout = new List<string>(await Layout.ProblemsAtEverySizeAsync(console, "insight-decision"));
        await console.GetByTestId("language-switch").ClickAsync(); // the steps keep the workshop's language: the server names them
        await Expect(console.GetByTestId("insight-rating")).ToHaveTextAsync(["方案打分 · ratings: 6 scores · 2 items"]);
        layout.AddRange(await Layout.ProblemsAtEverySizeAsync(console, "insight-decision-en"));
        Assert.True(layout.Count == 0, string.Join("\n", layout));

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

    /// <summary>Slides back one event at a time from <paramref name="from"/> to the latest event that reads <paramref name="eventText"/>.</summary>
    private static async Task<int> SlideBackToAsync(IPage page, int from, string eventText)
    {
        for (var position = from; position > 0; position--)
        {
            await SlideToAsync(page, position);
            if (await page.GetByTestId("replay-event").InnerTextAsync() == eventText) return position;
        }
        throw new InvalidOperationException($"no event \"{eventText}\" before {from}");
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
