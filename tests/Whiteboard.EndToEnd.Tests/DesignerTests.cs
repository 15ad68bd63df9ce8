namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rule F4 in the browser: a facilitator adjusts a library flow before the class — a step added, a column renamed —
/// exports it, is told a broken file changes nothing, imports their own file back, keeps it as their own, and the
/// trainees' boards run exactly the designed steps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_facilitator_designs_exports_imports_and_keeps_a_flow_and_the_class_runs_it()
    {
        var facilitator = await fixture.NewPersonAsync();
        await facilitator.GotoAsync("/");
        await facilitator.GetByTestId("new-workshop-title").FillAsync("设计：焦点讨论");
        await facilitator.GetByTestId("new-workshop-flow").SelectOptionAsync("orid");
        await facilitator.GetByTestId("design-flow").ClickAsync();
        var designer = facilitator.GetByTestId("flow-designer");
        var steps = designer.GetByTestId("designer-step");
        var libraryCount = await steps.CountAsync();

        await designer.GetByTestId("designer-add-step").ClickAsync();
        await Expect(steps).ToHaveCountAsync(libraryCount + 1);
        var added = steps.Last;
        await added.GetByTestId("designer-step-title").FillAsync("行动承诺");
        await added.GetByTestId("designer-step-title").BlurAsync();
        await added.GetByTestId("designer-step-minutes").FillAsync("12");
        await added.GetByTestId("designer-step-minutes").BlurAsync();
        await added.GetByTestId("designer-step-layout").SelectOptionAsync("Columns");
        await added.GetByTestId("designer-zone").Nth(0).FillAsync("我承诺");
        await added.GetByTestId("designer-zone").Nth(0).BlurAsync();
        var problems = new List<string>(await Layout.ProblemsAtEverySizeAsync(facilitator, "flow-designer"));

        // Exported as a file …
        var download = await facilitator.RunAndWaitForDownloadAsync(() => designer.GetByTestId("designer-export").ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("行动承诺", exported);
        Assert.Contains("我承诺", exported);

        // … a file that is not a flow is refused and changes nothing …
        await designer.GetByTestId("designer-import").SetInputFilesAsync(new FilePayload
        {
            Name = "坏文件.json", MimeType = "application/json", Buffer = "{\"id\":\"x\",\"steps\":3}"u8.ToArray(),
        });
        await Expect(designer.Locator(".error-message")).ToContainTextAsync("这个流程无法使用");
        await Expect(steps).ToHaveCountAsync(libraryCount + 1);

        // … and the good one comes back whole, after the design was changed meanwhile.
        await steps.First.GetByTestId("designer-step-remove").ClickAsync();
        await Expect(steps).ToHaveCountAsync(libraryCount);
        await designer.GetByTestId("designer-import").SetInputFilesAsync(new FilePayload
        {
            Name = "焦点讨论.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(exported),
        });
        await Expect(steps).ToHaveCountAsync(libraryCount + 1);
        await Expect(designer.Locator(".error-message")).ToHaveCountAsync(0);
        await Expect(steps.Last.GetByTestId("designer-step-title")).ToHaveValueAsync("行动承诺");

        await designer.GetByTestId("designer-save").ClickAsync();
        await Expect(designer.GetByTestId("designer-saved")).ToBeVisibleAsync();
        await facilitator.GetByTestId("create-workshop").ClickAsync();
        var code = (await facilitator.GetByTestId("join-code").InnerTextAsync()).Trim();

        // The trainees' boards have the designed steps, the added one last, its columns as named.
        var trainee = await fixture.NewTabletPersonAsync();
        await JoinByCodeAsync(trainee, code, "李明");
        await Expect(trainee.GetByTestId("stage-bar")).ToContainTextAsync("行动承诺");

        // Kept in this browser: offered again for the next workshop.
        await facilitator.GotoAsync("/");
        await Expect(facilitator.GetByTestId("my-flows").Locator("option")).ToHaveCountAsync(1);
        Assert.Empty(problems);
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
