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

    private static Task Touch(Microsoft.Playwright.ICDPSession cdp, string type, double x, double y) =>
        cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = type == "touchEnd" ? Array.Empty<object>() : new object[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
}
