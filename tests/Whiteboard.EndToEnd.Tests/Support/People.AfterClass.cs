using System.Globalization;
using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// After the class: the steps that bring a group to its action items and its summary, shared by the tests of
/// the follow-up page, the case report, the insight, the replay and the follow-on workshop.
/// </summary>
public static partial class People
{
    /// <summary>
    /// A one-group workshop with everyone joined and nothing started: the facilitator on the group's board (a one-group
    /// workshop's facilitator link leads there), 李明 on a laptop at home, 张华 on a tablet in the room when asked for.
    /// </summary>
    /// <param name="prepare">What the facilitator's browser does first (e.g. open their link from the office).</param>
    public static async Task<AfterClassSession> StartAfterClassAsync(BrowserFixture fixture, string title, bool withTablet,
        Func<IPage, Task>? prepare = null)
    {
        var facilitator = await fixture.NewPersonAsync();
        if (prepare is not null) await prepare(facilitator);
        var code = await CreateWorkshopAsync(facilitator, title, groups: 1);
        var observerLink = (await facilitator.GetByTestId("observer-link").GetAttributeAsync("href"))!;
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(facilitator, FacilitatorName);
        var li = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(li, code, LiName, remote: true);
        IPage? zhang = null;
        if (withTablet)
        {
            zhang = await fixture.NewTabletPersonAsync();
            await OpenAndJoinAsync(zhang, code, ZhangName);
        }
        var session = new AfterClassSession { Code = code, ObserverLink = observerLink, Facilitator = facilitator, Li = li, Zhang = zhang };
        await Expect(facilitator.GetByTestId("participant")).ToHaveCountAsync(session.Everyone.Count);
        return session;
    }

    /// <summary>
    /// From nothing started to the Action stage with its two items: problems written privately and revealed (and one more
    /// written after the reveal, never revealed), plans written and voted on, 李明's action note made his item, and the
    /// facilitator's item for 赵处长.
    /// </summary>
    public static async Task<AfterClassSession> RunToActionAsync(BrowserFixture fixture, string title, bool withTablet,
        Func<IPage, Task>? prepare = null)
    {
        var session = await StartAfterClassAsync(fixture, title, withTablet, prepare);
        await AdvanceAsync(session, "problem");
        await AddNoteAsync(session.Li, LiProblem);
        if (session.Zhang is { } zhang) await AddNoteByTouchAsync(zhang, ZhangProblem);
        await Expect(session.Facilitator.GetByTestId("note")).ToHaveCountAsync(session.Trainees.Count);
        await session.Facilitator.GetByTestId("reveal-notes").ClickAsync();
        foreach (var page in session.Trainees)
            await Expect(page.GetByTestId("note")).ToHaveCountAsync(session.Trainees.Count);
        // Private writing goes on after a reveal: this one stays 李明's own.
        await AddNoteAsync(session.Li, LiUnrevealedProblem);
        await Expect(Note(session.Li, LiUnrevealedProblem).GetByTestId("private-badge")).ToBeVisibleAsync();
        await Expect(session.Facilitator.GetByTestId("note")).ToHaveCountAsync(session.Trainees.Count + 1);

        await AdvanceAsync(session, "plan");
        // Writing and voting interleave, so that half way through Plan some notes are there and some are not yet (replay).
        await AddNoteAsync(session.Li, LiPlan);
        var second = await AddNoteAsync(session.Li, LiSecondPlan);
        await VoteAsync(session.Li, second, left: 4);
        await VoteAsync(session.Li, second, left: 3);
        var facilitators = await AddNoteAsync(session.Facilitator, FacilitatorPlan);
        await Expect(NoteById(session.Li, facilitators)).ToBeVisibleAsync();
        await VoteAsync(session.Li, facilitators, left: 2);
        if (session.Zhang is { } tablet) await AddNoteByTouchAsync(tablet, ZhangPlan);
        await session.Facilitator.GetByTestId("reveal-votes").ClickAsync();
        await Expect(NoteById(session.Li, second).GetByTestId("vote-count")).ToHaveAttributeAsync("data-only-mine", "false");

        await AdvanceAsync(session, "action");
        await AddNoteAsync(session.Li, LiAction);
        session.LiActionId = await MakeActionFromNoteAsync(session.Li, LiAction, LiName, session.LiDue);
        session.OutsiderActionId = await AddActionForOutsiderAsync(session.Facilitator, OutsiderAction, OutsiderName, session.OutsiderDue);
        return session;
    }

    /// <summary>
    /// A facilitator alone in a new one-group workshop (in "ZhCn" or "En"), on the board in the Action stage with one item
    /// given to someone outside the class (and a plan idea of theirs when given); returns the join code.
    /// </summary>
    public static async Task<string> FacilitatorAloneAtActionAsync(IPage page, string title, string language, string what, string owner,
        DateOnly due, string? planIdea = null)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("new-workshop-title").FillAsync(title);
        await page.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await page.GetByTestId("new-workshop-groups").SelectOptionAsync("1");
        await page.GetByTestId("new-workshop-language").SelectOptionAsync(language);
        await page.GetByTestId("create-workshop").ClickAsync();
        var code = (await page.GetByTestId("join-code").InnerTextAsync()).Trim();
        await page.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(page, language == "En" ? "Anna" : FacilitatorName);
        foreach (var stage in new[] { "problem", "plan", "action" })
        {
            await page.GetByTestId("advance-stage").ClickAsync();
            await ExpectStageAsync(page, stage, "Open");
            if (stage == "plan" && planIdea is not null) await AddNoteAsync(page, planIdea);
        }
        await AddActionForOutsiderAsync(page, what, owner, due);
        return code;
    }

    /// <summary>The facilitator opens the next stage; every screen shows it open.</summary>
    public static async Task AdvanceAsync(AfterClassSession session, string stageId)
    {
        await session.Facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in session.Everyone)
        {
            await ExpectStageAsync(page, stageId, "Open");
            await Expect(page.GetByTestId("stage-header")).ToHaveAttributeAsync("data-stage-id", stageId);
        }
    }

    /// <summary>One dot on a note; waits until the server counted it.</summary>
    public static async Task VoteAsync(IPage page, string noteId, int left)
    {
        await PressAsync(page, NoteById(page, noteId).GetByTestId("vote-button"));
        await Expect(page.GetByTestId("votes-left")).ToHaveAttributeAsync("data-left", left.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Taps a note of the Action stage, makes it an action item for a person of the board; returns the item's id.</summary>
    public static async Task<string> MakeActionFromNoteAsync(IPage page, string noteText, string owner, DateOnly due)
    {
        await PressAsync(page, Note(page, noteText));
        await PressAsync(page, Note(page, noteText).GetByTestId("make-action"));
        var editor = page.GetByTestId("action-editor");
        await Expect(editor.GetByTestId("action-what")).ToHaveValueAsync(noteText); // the note's words are the starting point
        await editor.GetByTestId("action-owner").SelectOptionAsync(new SelectOptionValue { Label = owner });
        await editor.GetByTestId("action-due").FillAsync(Day(due));
        await PressAsync(page, editor.GetByTestId("save-action"));
        return await SavedActionIdAsync(page, noteText);
    }

    /// <summary>Adds an item from scratch for someone outside the class, named in free text; returns the item's id.</summary>
    public static Task<string> AddActionForOutsiderAsync(IPage page, string what, string ownerName, DateOnly due) =>
        AddActionAsync(page, what, due, async editor =>
        {
            await editor.GetByTestId("action-owner").SelectOptionAsync("other");
            await editor.GetByTestId("action-owner-name").FillAsync(ownerName);
        });

    /// <summary>Adds an item from scratch for a person of the board (by the name they joined with); returns the item's id.</summary>
    public static Task<string> AddActionForParticipantAsync(IPage page, string what, string owner, DateOnly due) =>
        AddActionAsync(page, what, due, editor => editor.GetByTestId("action-owner").SelectOptionAsync(new SelectOptionValue { Label = owner }));

    private static async Task<string> AddActionAsync(IPage page, string what, DateOnly due, Func<ILocator, Task> chooseOwner)
    {
        await PressAsync(page, page.GetByTestId("add-action"));
        var editor = page.GetByTestId("action-editor");
        await editor.GetByTestId("action-what").FillAsync(what);
        await chooseOwner(editor);
        await editor.GetByTestId("action-due").FillAsync(Day(due));
        await PressAsync(page, editor.GetByTestId("save-action"));
        return await SavedActionIdAsync(page, what);
    }

    /// <summary>Clicks an export button (export-report-md…) and returns the file the browser saved.</summary>
    public static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    /// <summary>An action item in the board's list, by what is to be done.</summary>
    public static ILocator ActionItem(IPage page, string what) =>
        page.GetByTestId("action-item").Filter(new() { Has = page.GetByTestId("action-what-text").GetByText(what, new() { Exact = true }) });

    public static ILocator ActionItemById(IPage page, string actionId) =>
        page.Locator($"[data-testid=action-item][data-action-id='{actionId}']");

    /// <summary>The group (or the facilitator) writes the summary in the Summary stage and saves it.</summary>
    public static async Task WriteSummaryAsync(IPage page, string text)
    {
        await page.GetByTestId("summary-editor").FillAsync(text);
        await Expect(page.GetByTestId("summary-state")).ToHaveAttributeAsync("data-saved", "false");
        await PressAsync(page, page.GetByTestId("save-summary"));
        await Expect(page.GetByTestId("summary-state")).ToHaveAttributeAsync("data-saved", "true");
    }

    /// <summary>Creates an action-learning workshop that follows an earlier one (its open action items come along).</summary>
    public static async Task<string> CreateWorkshopFromAsync(IPage page, string title, int groups, string earlierCode)
    {
        await page.GotoAsync("/");
        await page.GetByTestId("new-workshop-title").FillAsync(title);
        await page.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await page.GetByTestId("new-workshop-groups").SelectOptionAsync(groups.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("new-workshop-from").FillAsync(earlierCode.ToLowerInvariant()); // typed as told, in any case
        await page.GetByTestId("create-workshop").ClickAsync();
        await Expect(page.GetByTestId("created-workshop")).ToBeVisibleAsync();
        var code = (await page.GetByTestId("join-code").InnerTextAsync()).Trim();
        Assert.Matches("^[23456789A-HJ-NP-Z]{6}$", code);
        return code;
    }

    /// <summary>A date as a date input and the app's lists write it.</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Waits until the server has the item (no longer pending) and returns its id.</summary>
    private static async Task<string> SavedActionIdAsync(IPage page, string what)
    {
        var item = ActionItem(page, what);
        await Expect(item).ToHaveAttributeAsync("data-pending", "false");
        return (await item.GetAttributeAsync("data-action-id"))!;
    }
}
