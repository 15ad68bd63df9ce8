using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Every stage, for a trainee on a touch device and for the facilitator, at a phone's, two tablets' and two laptops' sizes:
/// nothing scrolls sideways, nothing covers a control, text stays legible (<see cref="Layout"/>). The board has what a real
/// group puts on it by then — notes, a cluster, votes, action items, a summary — since those are what crowd a screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_stage_fits_every_device_for_trainees_and_the_facilitator()
    {
        var session = await StartAfterClassAsync(fixture, "一个很长的工作坊标题：优化审批流程的行动学习", withTablet: true);
        var tablet = session.Zhang!;
        var problems = new List<string>();
        async Task CheckAsync(string stage)
        {
            problems.AddRange(await Layout.ProblemsAtEverySizeAsync(tablet, $"{stage}-trainee"));
            problems.AddRange(await Layout.ProblemsAtEverySizeAsync(session.Facilitator, $"{stage}-facilitator"));
        }

        await CheckAsync("waiting");

        await AdvanceAsync(session, "problem");
        await AddNoteAsync(session.Li, LiProblem);
        await AddNoteByTouchAsync(tablet, ZhangProblem);
        await CheckAsync("problem-private");
        await session.Facilitator.GetByTestId("reveal-notes").ClickAsync();
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(2);

        await AdvanceAsync(session, "plan");
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
        await CheckAsync("plan-voting");
        await session.Facilitator.GetByTestId("reveal-votes").ClickAsync();
        await CheckAsync("plan-results");

        await AdvanceAsync(session, "action");
        await AddNoteAsync(session.Li, LiAction);
        await MakeActionFromNoteAsync(session.Li, LiAction, LiName, session.LiDue);
        await AddActionForOutsiderAsync(session.Facilitator, OutsiderAction, OutsiderName, session.OutsiderDue);
        await Expect(tablet.GetByTestId("action-item")).ToHaveCountAsync(2);
        await CheckAsync("action");

        await AdvanceAsync(session, "reflection");
        await AddNoteByTouchAsync(tablet, "下次先把问题界定清楚再讨论办法");
        await CheckAsync("reflection");

        await AdvanceAsync(session, "summary");
        await WriteSummaryAsync(tablet, "我们找到了审批流程过长的三个原因，并约定两周内拿出精简方案。");
        await tablet.GetByTestId("summary-editor").FillAsync("还没保存的一句话");
        await CheckAsync("summary");

        await session.Facilitator.GetByTestId("advance-stage").ClickAsync(); // the end of the class
        await ExpectStageAsync(tablet, "summary", "Done");
        await CheckAsync("finished");

        Assert.True(problems.Count == 0, $"{problems.Count} layout problems (screenshots in {Screenshots.Folder}):\n" + string.Join("\n", problems));
        foreach (var page in session.Everyone) await page.Context.CloseAsync();
    }
}
