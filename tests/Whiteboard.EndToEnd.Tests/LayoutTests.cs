using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Every stage, on every screen a class uses — a trainee's touch device, the facilitator's board, console and projector, an
/// observer's board — at a phone's, two tablets' and two laptops' sizes: nothing scrolls sideways, nothing covers a
/// control, text stays legible (<see cref="Layout"/>). The board has what a real group puts on it by then — notes, a
/// cluster, votes, action items, a summary — since those are what crowd a screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    /// <summary>Records every state the connection badge shows, and every text it says, from now on.</summary>
    private const string WatchTheBadge = """
        () => {
            window.__badge = ['online'];
            new MutationObserver(() => {
                for (const badge of document.querySelectorAll('[data-testid=connection-status]')) {
                    const state = badge.getAttribute('data-state');
                    if (window.__badge.at(-1) !== state) window.__badge.push(state);
                }
                if (!document.querySelector('[data-testid=connection-status]') && window.__badge.at(-1) !== 'gone') window.__badge.push('gone');
            }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        """;

    [Fact]
    public async Task Every_stage_fits_every_device_for_trainees_and_the_facilitator()
    {
        var session = await StartAfterClassAsync(fixture, "一个很长的工作坊标题：优化审批流程的行动学习", withTablet: true);
        var tablet = session.Zhang!;
        // The console and the projector are tabs of the facilitator's laptop; the observer has a browser of their own.
        var console = await session.Facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{session.Code}/console");
        await Expect(console.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        var projector = await session.Facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/b/{session.Code}/projector");
        await Expect(projector.GetByTestId("projector-join")).ToBeVisibleAsync();
        await Expect(projector.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await projector.EvaluateAsync(WatchTheBadge);
        var observer = await fixture.NewPersonAsync();
        await observer.GotoAsync(session.ObserverLink);
        await observer.GetByTestId("display-name").FillAsync("组织部 赵处长");
        await observer.GetByTestId("join-button").ClickAsync();
        await Expect(observer.GetByTestId("board-canvas")).ToBeVisibleAsync();
        (IPage Page, string Name)[] screens =
            [(tablet, "trainee"), (session.Facilitator, "facilitator"), (console, "console"), (projector, "projector"), (observer, "observer")];

        var problems = new List<string>();
        // The screens are looked at side by side: each is its own page, so one's pauses are another's work.
        async Task CheckAsync(string stage)
        {
            foreach (var found in await Task.WhenAll(screens.Select(s => Layout.ProblemsAtEverySizeAsync(s.Page, $"{stage}-{s.Name}"))))
                problems.AddRange(found);
        }
        // The screens that follow the board from afar, caught up before they are looked at.
        async Task FollowAsync(string stageId)
        {
            await ExpectStageAsync(observer, stageId, "Open");
            await Expect(projector.GetByTestId("projector-stage")).ToHaveAttributeAsync("data-stage-id", stageId);
        }

        await CheckAsync("waiting");

        await AdvanceAsync(session, "problem");
        await FollowAsync("problem");
        await AddNoteAsync(session.Li, LiProblem);
        await AddNoteByTouchAsync(tablet, ZhangProblem);
        await CheckAsync("problem-private");
        await session.Facilitator.GetByTestId("reveal-notes").ClickAsync();
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(2);

        await AdvanceAsync(session, "plan");
        await FollowAsync("plan");
        var a = await AddNoteByTouchAsync(tablet, ZhangPlan);
        var b = await AddNoteAsync(session.Li, LiPlan);
        await AddNoteAsync(session.Li, LiSecondPlan);
        await AddNoteAsync(session.Facilitator, FacilitatorPlan);
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(4);
        await tablet.GetByTestId("select-mode").TapAsync();
        await NoteById(tablet, a).TapAsync();
        await NoteById(tablet, b).TapAsync();
        await tablet.GetByTestId("group-selected").TapAsync();
        await Expect(session.Facilitator.GetByTestId("cluster")).ToHaveCountAsync(1);
        await PressAsync(tablet, NoteById(tablet, a).GetByTestId("vote-button"));
        await Expect(tablet.GetByTestId("votes-left")).ToHaveAttributeAsync("data-left", "4");
        await PressAsync(tablet, tablet.GetByTestId("cluster").Locator(".cluster-header").GetByTestId("vote-button"));
        await Expect(tablet.GetByTestId("votes-left")).ToHaveAttributeAsync("data-left", "3");
        await CheckAsync("plan-voting");
        await session.Facilitator.GetByTestId("reveal-votes").ClickAsync();
        await CheckAsync("plan-results");

        await AdvanceAsync(session, "action");
        await FollowAsync("action");
        await AddNoteAsync(session.Li, LiAction);
        await MakeActionFromNoteAsync(session.Li, LiAction, LiName, session.LiDue);
        await AddActionForOutsiderAsync(session.Facilitator, OutsiderAction, OutsiderName, session.OutsiderDue);
        await Expect(tablet.GetByTestId("action-item")).ToHaveCountAsync(2);
        await CheckAsync("action");

        await AdvanceAsync(session, "reflection");
        await FollowAsync("reflection");
        await AddNoteByTouchAsync(tablet, "下次先把问题界定清楚再讨论办法");
        await CheckAsync("reflection");

        await AdvanceAsync(session, "summary");
        await FollowAsync("summary");
        await WriteSummaryAsync(tablet, "我们找到了审批流程过长的三个原因，并约定两周内拿出精简方案。");
        await tablet.GetByTestId("summary-editor").FillAsync("还没保存的一句话");
        await CheckAsync("summary");
        // On a phone the summary's sheet shows what is typed and the button that saves it, without a hunt for it.
        await tablet.SetViewportSizeAsync(390, 844);
        await Expect(tablet.GetByTestId("save-summary")).ToBeInViewportAsync();
        await tablet.SetViewportSizeAsync(1024, 768);

        await session.Facilitator.GetByTestId("advance-stage").ClickAsync(); // the end of the class
        await ExpectStageAsync(tablet, "summary", "Done");
        await ExpectStageAsync(observer, "summary", "Done");
        await Expect(projector.GetByTestId("projector-finished")).ToBeVisibleAsync();
        await CheckAsync("finished");
        // A class's wall never says it is connecting while the connection is up, least of all when the class ends.
        Assert.Equal(["online"], await projector.EvaluateAsync<string[]>("() => window.__badge"));

        Assert.True(problems.Count == 0, $"{problems.Count} layout problems (screenshots in {Screenshots.Folder}):\n" + string.Join("\n", problems));
        await observer.Context.CloseAsync();
        foreach (var page in session.Everyone) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_tool_canvas_fits_phones_and_tablets_for_trainees_and_the_facilitator()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateFlowWorkshopAsync(facilitator, "ORID：调研归来", "orid");
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(facilitator, FacilitatorName);
        var phone = await fixture.NewPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await OpenAndJoinAsync(phone, code, LiName);

        // The four columns of ORID (rule Z1), a note on each of two of them, and one loose.
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        await Expect(phone.GetByTestId("zone-layer")).ToHaveAttributeAsync("data-canvas", "Columns");
        foreach (var (zone, text) in new[] { ("objective", "去了三个街道，看了两个便民中心"), ("reflective", "群众排队时间长，心里着急") })
        {
            await phone.GetByTestId("add-note").TapAsync();
            await phone.Locator($"[data-testid=note-zone][data-zone-id={zone}]").TapAsync();
            await phone.GetByTestId("note-editor").FillAsync(text);
            await phone.GetByTestId("save-note").TapAsync();
            await Expect(Note(facilitator, text)).ToBeVisibleAsync();
        }
        await AddNoteAsync(facilitator, "还没想好放哪一列");

        var problems = new List<string>();
        foreach (var found in await Task.WhenAll(
            Layout.ProblemsAtEverySizeAsync(phone, "columns-trainee", Layout.HandheldSizes),
            Layout.ProblemsAtEverySizeAsync(facilitator, "columns-facilitator", Layout.HandheldSizes)))
            problems.AddRange(found);

        Assert.True(problems.Count == 0, $"{problems.Count} layout problems (screenshots in {Screenshots.Folder}):\n" + string.Join("\n", problems));
        await phone.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
