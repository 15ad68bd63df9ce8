using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// A facilitator in charge of who is in the workshop (docs/SECURITY.md): removing a trainee (rule P6), signing out a
/// facilitator link left on a classroom computer, and deleting the workshop with everything in it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_facilitator_removes_a_trainee_signs_out_a_forgotten_device_and_deletes_the_workshop()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "干部能力提升班", groups: 2);
        var facilitatorLink = await facilitator.GetByTestId("facilitator-link").GetAttributeAsync("href");
        await OpenConsoleAsync(facilitator, "王老师");
        var li = await fixture.NewPersonAsync();
        await JoinByCodeAsync(li, code, "李明");
        var zhang = await fixture.NewTabletPersonAsync();
        await JoinByCodeAsync(zhang, code, "张华");
        await StartStageForAllAsync(facilitator);
        await AddNoteAsync(li, "文件层层转发");

        // ---- 李明 is removed: asked first, then his browser leaves at once; what he wrote stays.
        var liRow = facilitator.GetByTestId("console-participant").Filter(new() { HasText = "李明" });
        await liRow.GetByTestId("remove-participant").ClickAsync();
        await Expect(liRow.GetByTestId("remove-confirm")).ToContainTextAsync("将 李明 移出本次研讨");
        await FitsEveryDeviceAsync(facilitator, "console-remove-confirm");
        await liRow.GetByTestId("remove-participant-yes").ClickAsync();
        await Expect(li.GetByTestId("error-message")).ToContainTextAsync("促进师已将你移出本次研讨");
        await Expect(li.GetByTestId("board-canvas")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByTestId("console-participant").Filter(new() { HasText = "李明" })).ToHaveCountAsync(0);
        await Expect(facilitator.GetByTestId("total-joined")).ToHaveTextAsync("1");
        await Expect(facilitator.GetByTestId("group-notes").GetByText("1", new() { Exact = true })).ToHaveCountAsync(1); // his note stays
        // His token is gone from the browser and void on the server: a reload asks for a name, it does not reopen the board.
        await li.ReloadAsync();
        await Expect(li.GetByTestId("display-name")).ToBeVisibleAsync();
        Assert.Null(await li.EvaluateAsync<string?>("code => localStorage.getItem('wb.token.' + code)", code));
        await Expect(zhang.GetByTestId("board-canvas")).ToBeVisibleAsync(); // the others carry on

        // ---- The facilitator link was also opened on the classroom computer; the facilitator signs it out from the laptop.
        var classroomPc = await fixture.NewPersonAsync();
        await classroomPc.GotoAsync(facilitatorLink!);
        await classroomPc.GetByTestId("display-name").FillAsync("王老师（教室电脑）");
        await classroomPc.GetByTestId("join-button").ClickAsync();
        await Expect(classroomPc.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await classroomPc.GotoAsync($"/b/{code}/console");
        await Expect(classroomPc.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");

        await facilitator.GetByTestId("console-view-manage").ClickAsync();
        await facilitator.GetByTestId("sign-out-others").ClickAsync();
        await Expect(facilitator.GetByTestId("sign-out-confirm")).ToBeVisibleAsync();
        await facilitator.GetByTestId("sign-out-yes").ClickAsync();
        var newLink = facilitator.GetByTestId("new-facilitator-link");
        await Expect(newLink).ToContainTextAsync(new Regex($"/b/{code}#facilitator="));
        await FitsEveryDeviceAsync(facilitator, "console-manage-new-link");
        await Expect(classroomPc.GetByTestId("error-message")).ToContainTextAsync("促进师已让其他设备退出登录");
        await Expect(classroomPc.GetByTestId("console")).ToHaveCountAsync(0);
        // The old link no longer makes anyone a facilitator; the new one does, and this laptop still runs the class.
        var stranger = await fixture.NewPersonAsync();
        await stranger.GotoAsync(facilitatorLink!);
        await stranger.GetByTestId("display-name").FillAsync("拿到旧链接的人");
        await stranger.GetByTestId("join-button").ClickAsync();
        await Expect(stranger.GetByTestId("error-message")).ToBeVisibleAsync();
        await Expect(stranger.GetByTestId("console")).ToHaveCountAsync(0);
        Assert.NotEqual(facilitatorLink, (await newLink.InnerTextAsync()).Trim());
        await facilitator.ReloadAsync();
        await Expect(facilitator.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(facilitator.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");

        // ---- The class is over and the report exported: the workshop is deleted, after typing its code.
        await facilitator.GetByTestId("console-view-manage").ClickAsync();
        await facilitator.GetByTestId("delete-workshop").ClickAsync();
        await Expect(facilitator.GetByTestId("delete-yes")).ToBeDisabledAsync();
        await facilitator.GetByTestId("delete-code").FillAsync("WRONG1");
        await Expect(facilitator.GetByTestId("delete-yes")).ToBeDisabledAsync();
        await facilitator.GetByTestId("delete-code").FillAsync(code.ToLowerInvariant());
        await FitsEveryDeviceAsync(facilitator, "console-manage-delete");
        await facilitator.GetByTestId("delete-yes").ClickAsync();
        await Expect(facilitator.GetByTestId("error-message")).ToContainTextAsync("促进师已删除这次研讨");
        await Expect(zhang.GetByTestId("error-message")).ToContainTextAsync("促进师已删除这次研讨");
        await Expect(zhang.GetByTestId("board-canvas")).ToHaveCountAsync(0);
        var gone = await facilitator.Context.APIRequest.GetAsync($"/api/workshops/{code}");
        Assert.Equal(404, gone.Status);
        Assert.Null(await facilitator.EvaluateAsync<string?>("code => localStorage.getItem('wb.facilitator.' + code)", code));
    }

    /// <summary>The screen at every size a class uses, from a phone to a wide laptop: nothing scrolls sideways.</summary>
    private static async Task FitsEveryDeviceAsync(IPage page, string name)
    {
        var before = page.ViewportSize!;
        foreach (var (width, height) in new[] { (390, 844), (820, 1180), (1024, 768), (1280, 800), (1440, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Screenshots.SaveAsync(page, $"{name}-{width}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow} px at {width}×{height}");
        }
        await page.SetViewportSizeAsync(before.Width, before.Height);
    }
}
