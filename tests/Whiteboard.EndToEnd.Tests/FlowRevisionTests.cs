namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rule F5 in the browser: mid-class the facilitator, on a tablet, adds a cause analysis after the step the groups are in;
/// the step that ran stays fixed, every group's board shows the new step at once, and it runs with its canvas and guide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FlowRevisionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_facilitator_adds_a_step_mid_class_and_every_group_runs_it_next()
    {
        var facilitator = await fixture.NewTabletPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "中途加一步", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");
        var trainee = await fixture.NewPersonAsync(new BrowserNewContextOptions
        {
            HasTouch = true, IsMobile = true, ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 1,
        });
        await JoinByCodeAsync(trainee, code, "李明");
        await StartStageForAllAsync(facilitator);
        await ExpectStageAsync(trainee, "problem", "Open");
        await AddNoteByTouchAsync(trainee, "审批环节太多");

        // The flow, as it runs: the open step is fixed; a cause analysis goes in right after it.
        await PressAsync(facilitator, facilitator.GetByTestId("console-view-flow"));
        var designer = facilitator.GetByTestId("flow-designer");
        var steps = designer.GetByTestId("designer-step");
        await Expect(steps).ToHaveCountAsync(5);
        await Expect(steps.First).ToHaveAttributeAsync("data-ran", "true");
        await Expect(steps.First.GetByTestId("designer-step-title")).ToBeDisabledAsync();
        await Expect(steps.First.GetByTestId("designer-step-remove")).ToBeDisabledAsync();
        await PressAsync(facilitator, designer.GetByTestId("designer-add-step"));
        await Expect(steps).ToHaveCountAsync(6);
        for (var i = 5; i > 1; i--) await PressAsync(facilitator, steps.Nth(i).GetByTestId("designer-step-up"));
        await Expect(steps.Nth(1).GetByTestId("designer-step-up")).ToBeDisabledAsync(); // not above the step that ran
        var added = steps.Nth(1);
        await added.GetByTestId("designer-step-title").FillAsync("鱼骨分析");
        await added.GetByTestId("designer-step-title").BlurAsync();
        await added.GetByTestId("designer-step-layout").SelectOptionAsync("Fishbone");
        await added.GetByTestId("designer-step-script").FillAsync("请沿着每根鱼骨找原因。");
        await added.GetByTestId("designer-step-script").BlurAsync();
        var problems = new List<string>(await Layout.ProblemsAtEverySizeAsync(facilitator, "flow-revision"));
        await PressAsync(facilitator, designer.GetByTestId("designer-apply"));
        await Expect(facilitator.GetByTestId("flow-revision-applied")).ToBeVisibleAsync();

        // Every group has it at once, in its place; the note written before is where it was.
        await Expect(trainee.GetByTestId("stage-step-6")).ToContainTextAsync("鱼骨分析");
        var order = await trainee.GetByTestId("stage-bar").Locator(".stage-tab").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid)");
        Assert.Equal(["stage-problem", "stage-step-6", "stage-plan", "stage-action", "stage-reflection", "stage-summary"], order);
        await Expect(Note(trainee, "审批环节太多")).ToBeVisibleAsync();

        // The groups move on into it: a fishbone on the trainee's phone, its guide on the console.
        await PressAsync(facilitator, facilitator.GetByTestId("console-view-groups"));
        await StartStageForAllAsync(facilitator);
        await ExpectStageAsync(trainee, "step-6", "Open");
        await Expect(trainee.GetByTestId("zone-layer")).ToHaveAttributeAsync("data-canvas", "Fishbone");
        await Expect(facilitator.GetByTestId("guide-step")).ToHaveTextAsync("鱼骨分析");
        await Expect(facilitator.GetByTestId("guide-script")).ToHaveTextAsync("请沿着每根鱼骨找原因。", new() { UseInnerText = false });
        await Screenshots.SaveAsync(trainee, "flow-revised-trainee");

        // The step that ran cannot be changed any more by a second revision either: now two have run.
        await PressAsync(facilitator, facilitator.GetByTestId("console-view-flow"));
        await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-ran", "true");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
