namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rules Q1–Q5, ST11 in Chromium: the facilitator turns questioning on for the step; a trainee on a phone asks on another's
/// note, its author answers on a tablet, both see the thread live; once the step is anonymous the asker is not named.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionTests(BrowserFixture fixture)
{
    private const string NoteText = "办一件事要跑五个部门";

    [Fact]
    public async Task A_trainee_on_a_phone_asks_on_anothers_note_the_author_answers_and_both_see_it_live()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "问题澄清");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var author = await fixture.NewTabletPersonAsync();
        await OpenAndJoinAsync(author, code, "李明");
        var phone = await fixture.NewPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await OpenAndJoinAsync(phone, code, "张华");
        var noteId = await AddNoteByTouchAsync(author, NoteText);

        // Rule ST10: the quick board's step takes no questions until the facilitator turns them on (ST11).
        await PressAsync(phone, phone.GetByTestId("zoom-fit"));
        await PressAsync(phone, NoteById(phone, noteId));
        await Expect(NoteById(phone, noteId).GetByTestId("ask-question")).ToHaveCountAsync(0);
        await SetStageSettingAsync(facilitator, "setting-questions");

        // Rule Q1: the phone asks by touch.
        await PressAsync(phone, NoteById(phone, noteId).GetByTestId("ask-question"));
        var sheet = phone.GetByTestId("question-sheet");
        await Expect(sheet.GetByTestId("questioned-note")).ToHaveTextAsync(NoteText);
        await sheet.GetByTestId("question-input").FillAsync("五个部门分别是哪几个？");
        await PressAsync(phone, sheet.GetByTestId("send-question"));
        await Expect(sheet.GetByTestId("question-text")).ToHaveTextAsync("五个部门分别是哪几个？");
        await Expect(sheet.GetByTestId("question-asker")).ToHaveTextAsync("张华");
        var problems = new List<string>(await Layout.ProblemsAtEverySizeAsync(phone, "question-sheet"));

        // Rule Q2: the author sees the count on the note live, opens the thread and answers.
        var count = NoteById(author, noteId).GetByTestId("question-count");
        await Expect(count).ToHaveTextAsync("? 1");
        await PressAsync(author, count);
        var authorSheet = author.GetByTestId("question-sheet");
        await Expect(authorSheet.GetByTestId("question-text")).ToHaveTextAsync("五个部门分别是哪几个？");
        await authorSheet.GetByTestId("answer-input").FillAsync("发改、住建、规划、消防、人防");
        await PressAsync(author, authorSheet.GetByTestId("send-answer"));
        await Expect(authorSheet.GetByTestId("answer-text")).ToHaveTextAsync("发改、住建、规划、消防、人防");
        await Expect(sheet.GetByTestId("answer-text")).ToHaveTextAsync("发改、住建、规划、消防、人防"); // live on the phone
        await Expect(NoteById(facilitator, noteId).GetByTestId("question-count")).ToHaveTextAsync("? 1");
        await Screenshots.SaveAsync(phone, "question-thread-phone");

        // Rules Q5, H3: once the step is anonymous, a new question names nobody on the author's screen.
        await SetStageSettingAsync(facilitator, "setting-anonymous");
        await sheet.GetByTestId("question-input").FillAsync("谁来牵头协调？");
        await PressAsync(phone, sheet.GetByTestId("send-question"));
        await Expect(authorSheet.GetByTestId("question-text")).ToHaveTextAsync(["五个部门分别是哪几个？", "谁来牵头协调？"]);
        await Expect(authorSheet.GetByTestId("question-asker")).ToHaveTextAsync(["张华", "匿名"]);
        await Expect(sheet.GetByTestId("question-asker").Nth(1)).ToHaveTextAsync("张华"); // the asker still knows it was them
        await Screenshots.SaveAsync(author, "question-thread-tablet");
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(author, "question-sheet-tablet"));
        // The sheet is modal: the board behind it is covered on purpose; the sheet's own controls never are, and nothing
        // scrolls sideways or reads too small.
        string[] sheetControls = ["[question-input]", "[answer-input]", "[send-question]", "[send-answer]", "[close-questions]", "[withdraw-question]"];
        var wrong = problems.Where(p => p.Split(" is covered by ") is not [var covered, _] || sheetControls.Any(covered.Contains)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
