namespace Whiteboard.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BoardSyncTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_people_on_one_board_see_each_others_notes_edits_colours_moves_and_deletes()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "周五研讨：基层减负");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var trainee = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(trainee, code, "李明", remote: true);

        var noteId = await AddNoteAsync(trainee, "会议太多，时间不够");
        await Expect(NoteById(facilitator, noteId)).ToContainTextAsync("会议太多，时间不够");

        await NoteById(trainee, noteId).ClickAsync();
        await trainee.GetByTestId("edit-note").ClickAsync();
        await trainee.GetByTestId("note-editor").FillAsync("会议太多，准备时间不够");
        await trainee.GetByTestId("note-color-blue").ClickAsync();
        await trainee.GetByTestId("save-note").ClickAsync();
        await Expect(NoteById(facilitator, noteId)).ToContainTextAsync("准备时间不够");
        await Expect(NoteById(facilitator, noteId)).ToHaveAttributeAsync("data-color", "blue");

        var before = await PositionAsync(facilitator, noteId);
        await DragAsync(trainee, NoteById(trainee, noteId), 180, 90);
        var moved = await PositionAsync(trainee, noteId);
        Assert.NotEqual(before, moved);
        await Expect(NodeOf(facilitator, noteId)).ToHaveAttributeAsync("style", (await NodeOf(trainee, noteId).GetAttributeAsync("style"))!);

        await Expect(facilitator.GetByTestId("participant")).ToHaveCountAsync(2);
        await Expect(facilitator.Locator("[data-testid=participant][data-online=true]")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(facilitator, "board-two-people");

        await NoteById(trainee, noteId).ClickAsync();
        await trainee.GetByTestId("delete-note").ClickAsync();
        await Expect(NoteById(facilitator, noteId)).ToHaveCountAsync(0);
        await trainee.Context.CloseAsync();
        await Expect(facilitator.Locator("[data-testid=participant][data-online=false]")).ToHaveCountAsync(1);
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_tablet_moves_a_note_by_touch_and_the_others_see_where_it_lands()
    {
        var laptop = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(laptop, "触屏测试");
        await laptop.GetByTestId("open-board").ClickAsync();
        await JoinAsync(laptop, "王老师");
        var tablet = await fixture.NewTabletPersonAsync();
        await OpenAndJoinAsync(tablet, code, "平板学员");
        var noteId = await AddNoteAsync(laptop, "拖我");
        await Expect(NoteById(tablet, noteId)).ToBeVisibleAsync();
        var before = await PositionAsync(tablet, noteId);

        var box = (await NoteById(tablet, noteId).BoundingBoxAsync())!;
        var cdp = await tablet.Context.NewCDPSessionAsync(tablet);
        var (x, y) = (box.X + 40, box.Y + 40);
        await Touch(cdp, "touchStart", x, y);
        for (var i = 1; i <= 10; i++) await Touch(cdp, "touchMove", x + i * 15, y + i * 8);
        await Touch(cdp, "touchEnd", x + 150, y + 80);

        await Expect(NodeOf(laptop, noteId)).ToHaveAttributeAsync("style", (await NodeOf(tablet, noteId).GetAttributeAsync("style"))!);
        var after = await PositionAsync(laptop, noteId);
        Assert.True(after.Left - before.Left > 100, $"moved from {before} to {after}");
        await Screenshots.SaveAsync(tablet, "board-tablet-after-touch-drag");
        await tablet.Context.CloseAsync();
        await laptop.Context.CloseAsync();
    }

    [Fact]
    public async Task Quick_drops_and_crossing_drags_by_mouse_and_touch_leave_every_screen_where_the_server_has_the_notes()
    {
        var laptop = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(laptop, "同一个真相");
        await laptop.GetByTestId("open-board").ClickAsync();
        await JoinAsync(laptop, "王老师");
        var tablet = await fixture.NewTabletPersonAsync();
        await OpenAndJoinAsync(tablet, code, "平板学员");
        var remote = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(remote, code, "远程学员", remote: true);
        var first = await AddNoteAsync(laptop, "先拖出去再拖回来");
        var second = await AddNoteAsync(tablet, "平板上的便签");
        foreach (var page in new[] { laptop, tablet, remote })
        {
            await Expect(NoteById(page, first)).ToBeVisibleAsync();
            await Expect(NoteById(page, second)).ToBeVisibleAsync();
        }

        // Out and back with the mouse: the others saw it 200 px away; the drop moves nothing.
        await OutAndBackByMouseAsync(laptop, NoteById(laptop, first), 200, 120);
        // Out and back by touch.
        var cdp = await tablet.Context.NewCDPSessionAsync(tablet);
        var box = (await NoteById(tablet, second).BoundingBoxAsync())!;
        var (x, y) = (box.X + 30, box.Y + 30);
        await Touch(cdp, "touchStart", x, y);
        for (var i = 1; i <= 8; i++) await Touch(cdp, "touchMove", x + i * 20, y + i * 10);
        for (var i = 7; i >= 0; i--) await Touch(cdp, "touchMove", x + i * 20, y + i * 10);
        await Touch(cdp, "touchEnd", x, y);
        // Two drags crossing each other at the same time, and a quick flick.
        await Task.WhenAll(DragAsync(laptop, NoteById(laptop, first), 160, 40), DragAsync(remote, NoteById(remote, second), -120, 60));
        await OutAndBackByMouseAsync(remote, NoteById(remote, first), 90, -30, steps: 3);

        var secret = await FacilitatorSecretAsync(laptop, code);
        var export = await laptop.Context.APIRequest.GetAsync($"/api/boards/{code}/export",
            new() { Headers = new Dictionary<string, string> { ["X-Facilitator-Secret"] = secret } });
        Assert.Equal(200, export.Status);
        var notes = (await export.JsonAsync())!.Value.GetProperty("notes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => (X: n.GetProperty("x").GetDouble(), Y: n.GetProperty("y").GetDouble()));
        foreach (var page in new[] { laptop, tablet, remote })
            foreach (var (id, (nx, ny)) in notes)
                await Expect(NodeOf(page, id)).ToHaveAttributeAsync("style",
                    new System.Text.RegularExpressions.Regex($"top: {ny:0.###}px; left: {nx:0.###}px"));
        foreach (var page in new[] { laptop, tablet, remote }) await page.Context.CloseAsync();
    }

    private static async Task OutAndBackByMouseAsync(IPage page, ILocator note, double dx, double dy, int steps = 12)
    {
        var box = (await note.BoundingBoxAsync())!;
        var (x, y) = ((float)(box.X + 30), (float)(box.Y + 30));
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + (float)dx, y + (float)dy, new() { Steps = steps });
        await page.Mouse.MoveAsync(x, y, new() { Steps = steps });
        await page.Mouse.UpAsync();
    }

    private static Task Touch(Microsoft.Playwright.ICDPSession cdp, string type, double x, double y) =>
        cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
}
