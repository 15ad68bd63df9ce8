namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The decision matrix in the browser (rules R1–R5): the facilitator trims the criteria, two trainees — one on a laptop,
/// one on a phone by touch — score the options without seeing each other's scores, the facilitator reveals them, and
/// every screen ranks the options by weighted mean with the spread and the raters.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RatingTests(BrowserFixture fixture)
{
    private const string Pilot = "先在一个科室试点";
    private const string Coach = "请外部顾问诊断";

    [Fact]
    public async Task Two_trainees_rate_on_criteria_the_facilitator_reveals_and_every_screen_ranks_alike()
    {
        var facilitator = await fixture.NewPersonAsync();
        await facilitator.GotoAsync("/");
        await facilitator.GetByTestId("new-workshop-title").FillAsync("决策矩阵演练");
        await facilitator.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await facilitator.GetByTestId("new-workshop-flow").SelectOptionAsync("decision-matrix");
        await facilitator.GetByTestId("new-workshop-groups").SelectOptionAsync("1");
        await facilitator.GetByTestId("create-workshop").ClickAsync();
        var code = (await facilitator.GetByTestId("join-code").InnerTextAsync()).Trim();
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var li = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(li, code, "李明", remote: true);
        var phone = await fixture.NewPersonAsync(new BrowserNewContextOptions
        {
            HasTouch = true, IsMobile = true, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 1,
        });
        await OpenAndJoinAsync(phone, code, "张华");
        IPage[] everyone = [facilitator, li, phone];

        // The criteria step, then the scoring step
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in everyone) await ExpectStageAsync(page, "score", "Open");

        // Rule R1: the facilitator drops 见效快 before anyone scores
        await facilitator.GetByTestId("edit-criteria").ClickAsync();
        await Expect(facilitator.GetByTestId("criterion-edit")).ToHaveCountAsync(4);
        await facilitator.GetByTestId("remove-criterion").Nth(3).ClickAsync();
        await facilitator.GetByTestId("save-criteria").ClickAsync();
        await Expect(facilitator.GetByTestId("criteria-dialog")).ToHaveCountAsync(0);

        // Private writing, then the reveal
        var pilot = await AddNoteAsync(li, Pilot);
        var coach = await AddNoteAsync(li, Coach);
        await Expect(facilitator.GetByTestId("note")).ToHaveCountAsync(2);
        await facilitator.GetByTestId("reveal-notes").ClickAsync();
        await Expect(phone.GetByTestId("note")).ToHaveCountAsync(2);

        // 李明 on his laptop: 试点 5 / 4 / 3, 顾问 importance 2 only
        await RateAsync(li, pilot, ("importance", 5), ("feasibility", 4), ("affordability", 3));
        await li.GetByTestId("done-rating").ClickAsync();
        await RateAsync(li, coach, ("importance", 2));
        await li.GetByTestId("done-rating").ClickAsync();
        // 张华 on a phone, by touch: 试点 3 / 2, 顾问 4 / 5
        await phone.GetByTestId("zoom-fit").TapAsync();
        await RateAsync(phone, pilot, ("importance", 3), ("feasibility", 2));
        await Screenshots.SaveAsync(phone, "rating-sheet-phone");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await PressAsync(phone, phone.GetByTestId("done-rating"));
        await RateAsync(phone, coach, ("importance", 4), ("feasibility", 5));
        await PressAsync(phone, phone.GetByTestId("done-rating"));
        await Expect(NoteById(phone, coach).GetByTestId("rate-button")).ToHaveAttributeAsync("data-scored", "2");

        // Rule R4: before the reveal nobody sees another's scores — not the facilitator either
        await Expect(facilitator.GetByTestId("rating-results-toggle")).ToHaveCountAsync(0);
        await PressAsync(phone, NoteById(phone, pilot).GetByTestId("rate-button"));
        await Expect(phone.Locator("[data-testid=criterion-row][data-criterion-id=importance]")).ToHaveAttributeAsync("data-score", "3");
        await PressAsync(phone, phone.GetByTestId("done-rating"));
        var problems = new List<string>(await Layout.ProblemsAtEverySizeAsync(phone, "rating-board-phone"));

        await facilitator.GetByTestId("reveal-ratings").ClickAsync();

        // Rule R5: 顾问 (3 × 2 + 5) / 3 = 3.67 over 试点 (4 × 2 + 3 + 3) / 4 = 3.50, on every screen
        foreach (var page in everyone)
        {
            await PressAsync(page, page.GetByTestId("rating-results-toggle"));
            var rows = page.GetByTestId("rating-result-row");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-target-id", coach);
            await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-weighted-mean", "3.67");
            await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-weighted-mean", "3.50");
            await Expect(rows.Nth(1).GetByTestId("rating-spread")).ToHaveTextAsync("分歧 2.67–4.25（标准差 0.79），2 人评分");
        }
        await Screenshots.SaveAsync(phone, "rating-results-phone");
        await Screenshots.SaveAsync(facilitator, "rating-results-laptop");
        Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));

        // The scores are final: the sheet says so
        await PressAsync(phone, phone.GetByTestId("close-rating-results"));
        await PressAsync(phone, NoteById(phone, pilot).GetByTestId("rate-button"));
        await Expect(phone.GetByTestId("rating-blocked")).ToHaveTextAsync("促进师已公布评分，分数不能再改。");

        Assert.Empty(problems);
        foreach (var page in everyone) await page.Context.CloseAsync();
    }
}
