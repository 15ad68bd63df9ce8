namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// A one-group decision-matrix workshop (the library's <c>decision-matrix</c> flow) run to its revealed scores: the
/// facilitator on the group's board, 李明 and 张华 on laptops. In the scoring step 李明 writes <see cref="Pilot"/> and 张华
/// <see cref="Coach"/>; once revealed, the facilitator turns questioning on (ST11), 张华 asks <see cref="Question"/> on the
/// pilot and 李明 answers <see cref="Answer"/>; then both score (R2) and the facilitator reveals the scores (R4) — the
/// board's last event — unless the test reveals them itself. Weights: importance ×2, the other criteria ×1 (R5):
/// 试点 importance 5, 3 and feasibility 4 → (2 × 4 + 4) / 3 = 4.00, raters 4.67 and 3.00;
/// 顾问 importance 2, 4 and feasibility 5 → (2 × 3 + 5) / 3 = 3.67, raters 2.00 and 4.33.
/// </summary>
public sealed class DecisionSession
{
    public const string Pilot = "先在一个科室试点";
    public const string Coach = "请外部顾问诊断";
    public const string Question = "选哪个科室试点？";
    public const string Answer = "窗口服务科";

    public required string Code { get; init; }
    public required IPage Facilitator { get; init; }
    public required IPage Li { get; init; }
    public required IPage Zhang { get; init; }
    public required string PilotId { get; init; }
    public required string CoachId { get; init; }

    /// <param name="reveal">Whether the facilitator reveals the scores at the end (else <see cref="RevealAsync"/> does).</param>
    public static async Task<DecisionSession> RunAsync(BrowserFixture fixture, string title, bool reveal = true)
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateFlowWorkshopAsync(facilitator, title, "decision-matrix");
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var li = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(li, code, "李明");
        var zhang = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(zhang, code, "张华");
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in new[] { facilitator, li, zhang }) await ExpectStageAsync(page, "score", "Open");

        var pilot = await AddNoteAsync(li, Pilot);
        var coach = await AddNoteAsync(zhang, Coach);
        await Expect(facilitator.GetByTestId("note")).ToHaveCountAsync(2);
        await facilitator.GetByTestId("reveal-notes").ClickAsync();
        await Expect(zhang.GetByTestId("note")).ToHaveCountAsync(2);
        await Expect(li.GetByTestId("note")).ToHaveCountAsync(2);

        await facilitator.GetByTestId("stage-settings").ClickAsync();
        await facilitator.GetByTestId("setting-questions").CheckAsync();
        await facilitator.GetByTestId("save-settings").ClickAsync();
        await Expect(facilitator.GetByTestId("stage-settings-dialog")).ToHaveCountAsync(0);
        await PressAsync(zhang, NoteById(zhang, pilot));
        await PressAsync(zhang, NoteById(zhang, pilot).GetByTestId("ask-question"));
        await zhang.GetByTestId("question-input").FillAsync(Question);
        await PressAsync(zhang, zhang.GetByTestId("send-question"));
        await Expect(zhang.GetByTestId("question-text")).ToHaveTextAsync(Question);
        await PressAsync(zhang, zhang.GetByTestId("close-questions"));
        await PressAsync(li, NoteById(li, pilot).GetByTestId("question-count"));
        await li.GetByTestId("answer-input").FillAsync(Answer);
        await PressAsync(li, li.GetByTestId("send-answer"));
        await Expect(li.GetByTestId("answer-text")).ToHaveTextAsync(Answer);
        await PressAsync(li, li.GetByTestId("close-questions"));

        await RateAsync(li, pilot, ("importance", 5), ("feasibility", 4));
        await PressAsync(li, li.GetByTestId("done-rating"));
        await RateAsync(li, coach, ("importance", 2));
        await PressAsync(li, li.GetByTestId("done-rating"));
        await RateAsync(zhang, pilot, ("importance", 3));
        await PressAsync(zhang, zhang.GetByTestId("done-rating"));
        await RateAsync(zhang, coach, ("importance", 4), ("feasibility", 5));
        await PressAsync(zhang, zhang.GetByTestId("done-rating"));
        var session = new DecisionSession { Code = code, Facilitator = facilitator, Li = li, Zhang = zhang, PilotId = pilot, CoachId = coach };
        if (reveal) await session.RevealAsync();
        return session;
    }

    /// <summary>The facilitator reveals the scoring step's scores (R4).</summary>
    public async Task RevealAsync()
    {
        await Facilitator.GetByTestId("reveal-ratings").ClickAsync();
        await Expect(Facilitator.GetByTestId("rating-results-toggle")).ToBeVisibleAsync();
    }

    public async Task CloseAsync()
    {
        foreach (var page in new[] { Facilitator, Li, Zhang }) await page.Context.CloseAsync();
    }
}
