namespace Whiteboard.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BoardBasicsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_trainee_joins_with_the_code_typed_on_the_start_page()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "输入加入码");
        var trainee = await fixture.NewPersonAsync();

        await trainee.GotoAsync("/");
        await trainee.GetByTestId("code-input").FillAsync(code.ToLowerInvariant());
        await trainee.GetByTestId("go-to-board").ClickAsync();
        await Expect(trainee.GetByTestId("board-title")).ToHaveTextAsync("输入加入码");
        await JoinAsync(trainee, "张三");

        await Expect(trainee.GetByTestId("join-code")).ToHaveTextAsync(code);
        await Expect(trainee.GetByTestId("participant")).ToHaveCountAsync(1);
        await trainee.ReloadAsync(); // identity survives a reload: no name asked again
        await Expect(trainee.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await Expect(trainee.GetByTestId("participant")).ToHaveCountAsync(1);
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task Chinese_input_is_not_saved_by_the_Enter_that_picks_a_candidate()
    {
        var page = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(page, "输入法");
        await OpenAndJoinAsync(page, code, "王芳");
        await page.GetByTestId("add-note").ClickAsync();
        var editor = page.GetByTestId("note-editor");
        await editor.FocusAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);

        // Typing pinyin: the IME composes "huiyi" and shows candidates; Enter while composing picks one, it must not save.
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "huiyi", ["selectionStart"] = 5, ["selectionEnd"] = 5 });
        await cdp.SendAsync("Input.dispatchKeyEvent", new Dictionary<string, object>
        {
            ["type"] = "rawKeyDown", ["key"] = "Enter", ["code"] = "Enter", ["windowsVirtualKeyCode"] = 229, ["nativeVirtualKeyCode"] = 229,
        });
        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "会议太多" });
        await Expect(editor).ToBeVisibleAsync();
        await Expect(editor).ToHaveValueAsync("会议太多");
        Assert.Equal(0, await page.GetByTestId("note").CountAsync());

        await editor.PressAsync("Enter"); // composition over: Enter saves
        await Expect(Note(page, "会议太多")).ToBeVisibleAsync();
        await Expect(editor).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_change_shows_a_localised_reason_and_keeps_what_was_typed()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "被拒绝的修改");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var trainee = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(trainee, code, "李明");
        var noteId = await AddNoteAsync(trainee, "初稿");
        await NoteById(trainee, noteId).ClickAsync();
        await trainee.GetByTestId("edit-note").ClickAsync();
        await trainee.GetByTestId("note-editor").FillAsync("改过的稿子");

        await NoteById(facilitator, noteId).ClickAsync(); // meanwhile the facilitator removes the note
        await facilitator.GetByTestId("delete-note").ClickAsync();
        await Expect(NoteById(trainee, noteId)).ToHaveCountAsync(0);
        await trainee.GetByTestId("save-note").ClickAsync();

        await Expect(trainee.GetByTestId("error-message")).ToContainTextAsync("这张便签已不存在");
        await Expect(trainee.GetByTestId("note-editor")).ToHaveValueAsync("改过的稿子");
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_board_into_English_and_back()
    {
        var page = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(page, "双语");
        await OpenAndJoinAsync(page, code, "Tom");
        await Expect(page.GetByTestId("add-note")).ToContainTextAsync("添加便签");

        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.GetByTestId("add-note")).ToContainTextAsync("Add note");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("add-note")).ToContainTextAsync("Add note"); // the choice is remembered

        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.GetByTestId("add-note")).ToContainTextAsync("添加便签");
        await page.Context.CloseAsync();
    }
}
