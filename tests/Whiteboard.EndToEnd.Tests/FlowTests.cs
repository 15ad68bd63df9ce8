using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The method library in the browser (rules F1, F3): a facilitator picks a flow and sees its steps before creating the
/// workshop, then has each step's guide on the console and on a group's board, and prints the run sheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_facilitator_picks_a_flow_and_has_each_steps_guide_and_the_run_sheet_at_hand()
    {
        var facilitator = await fixture.NewPersonAsync();
        await facilitator.GotoAsync("/");
        await facilitator.GetByTestId("new-workshop-title").FillAsync("流程：青干班");
        await facilitator.GetByTestId("new-workshop-template").SelectOptionAsync("ActionLearning");
        await facilitator.GetByTestId("new-workshop-flow").SelectOptionAsync("action-learning");
        await Expect(facilitator.GetByTestId("flow-summary")).ToContainTextAsync("提出问题 → 计划 → 行动 → 反思 → 总结");
        var steps = facilitator.GetByTestId("flow-steps").Locator("li");
        await Expect(steps).ToHaveCountAsync(5);
        await Expect(steps.Nth(1)).ToHaveTextAsync(new Regex(@"^\s*计划\s*15 分钟\s*$"));
        await Expect(steps.Nth(4)).ToHaveTextAsync(new Regex(@"^\s*总结\s*$")); // no timer, no minutes
        var problems = new List<string>(await Layout.ProblemsAtEverySizeAsync(facilitator, "flow-picker"));
        await facilitator.GetByTestId("new-workshop-groups").SelectOptionAsync("2");
        await facilitator.GetByTestId("create-workshop").ClickAsync();
        var code = (await facilitator.GetByTestId("join-code").InnerTextAsync()).Trim();
        await OpenConsoleAsync(facilitator, "王老师");

        // Before the start the console shows the first step's guide, folded; opened, what to say.
        var guide = facilitator.GetByTestId("facilitator-guide");
        await Expect(guide.GetByTestId("guide-step")).ToHaveTextAsync("提出问题");
        await guide.Locator("summary").ClickAsync();
        await Expect(guide.GetByTestId("guide-script")).ToContainTextAsync("先各自写，每张便签只写一个问题");
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(facilitator, "flow-console-guide"));

        // Once the groups are in the Plan step, the guide follows them.
        await StartStageForAllAsync(facilitator);
        await AllGroups(facilitator).GetByTestId("advance-stage").ClickAsync();
        await Expect(guide.GetByTestId("guide-step")).ToHaveTextAsync("计划");

        // The run sheet: every step, its time and what to say, to print.
        var sheet = await facilitator.Context.RunAndWaitForPageAsync(() => facilitator.GetByTestId("open-runsheet").ClickAsync());
        await sheet.WaitForLoadStateAsync();
        Assert.StartsWith("blob:", sheet.Url);
        await Expect(sheet).ToHaveTitleAsync(new Regex("流程：青干班 · 流程单"));
        await Expect(sheet.Locator("section.step")).ToHaveCountAsync(5);
        // Styled, though a page opened from memory keeps the app's policy: its style block is allowed by its hash.
        Assert.Equal("grid", await sheet.Locator("dl").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await Expect(sheet.Locator("section.step").Nth(1)).ToContainTextAsync("15 分钟");
        await Expect(sheet.Locator("section.step").Nth(1)).ToContainTextAsync("“我们选定的问题是");
        await Screenshots.SaveAsync(sheet, "flow-run-sheet");
        await sheet.CloseAsync();

        // On a group's board the facilitator has the guide to the stage on screen; a trainee has none.
        await facilitator.GotoAsync($"/b/{code}/g/1");
        await Expect(facilitator.GetByTestId("facilitator-guide").GetByTestId("guide-step")).ToHaveTextAsync("计划");
        var trainee = await fixture.NewTabletPersonAsync();
        await JoinByCodeAsync(trainee, code, "李明");
        await Expect(trainee.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await Expect(trainee.GetByTestId("facilitator-guide")).ToHaveCountAsync(0);
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(facilitator, "flow-board-guide"));

        Assert.Empty(problems);
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
