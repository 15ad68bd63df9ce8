namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Undo instead of fear (rule N10): a deletion offers Undo for a few seconds, Ctrl+Z takes back one's own changes and
/// Ctrl+Shift+Z / Ctrl+Y redoes them, the server may refuse an undo and says why, a facilitator restores what was deleted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UndoTests(BrowserFixture fixture)
{
    /// <summary>A quick board with its facilitator on a laptop and a trainee on <paramref name="trainee"/>'s device.</summary>
    private async Task<(IPage Facilitator, IPage Trainee)> BoardAsync(string title, BrowserNewContextOptions? trainee = null)
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, title);
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var page = await fixture.NewPersonAsync(trainee);
        await OpenAndJoinAsync(page, code, "李明");
        return (facilitator, page);
    }

    /// <summary>Deletes a note with the mouse, and waits until another browser no longer shows it.</summary>
    private static async Task DeleteAsync(IPage page, string noteId, IPage seenBy)
    {
        await NoteById(page, noteId).ClickAsync();
        await page.GetByTestId("delete-note").ClickAsync();
        await Expect(NoteById(seenBy, noteId)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_trainee_deletes_a_note_on_a_phone_and_the_toast_brings_it_back_for_everyone()
    {
        var (facilitator, phone) = await BoardAsync("删了还能找回",
            new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var noteId = await AddNoteByTouchAsync(phone, "会议太多");
        await Expect(NoteById(facilitator, noteId)).ToBeVisibleAsync();

        await NoteById(phone, noteId).TapAsync();
        await phone.GetByTestId("delete-note").TapAsync();

        await Expect(NoteById(facilitator, noteId)).ToHaveCountAsync(0);
        await Expect(NoteById(phone, noteId)).ToHaveCountAsync(0);
        var toast = phone.GetByTestId("undo-toast");
        await Expect(toast).ToContainTextAsync("便签已删除");
        await Screenshots.SaveAsync(phone, "undo-toast-phone");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the phone's board scrolls sideways");
        await toast.GetByTestId("undo-toast-undo").TapAsync();

        await Expect(Note(phone, "会议太多")).ToBeVisibleAsync();
        await Expect(Note(facilitator, "会议太多")).ToBeVisibleAsync();
        await Expect(toast).ToHaveCountAsync(0);
        await Expect(phone.GetByTestId("connection-status")).ToHaveAttributeAsync("data-pending", "0");
        await phone.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task Ctrl_Z_takes_back_a_move_and_an_edit_and_redo_puts_them_again()
    {
        var (facilitator, trainee) = await BoardAsync("撤销与重做");
        var noteId = await AddNoteAsync(trainee, "初稿");
        var start = await PositionAsync(trainee, noteId);
        await NoteById(trainee, noteId).ClickAsync();
        await trainee.GetByTestId("edit-note").ClickAsync();
        await trainee.GetByTestId("note-editor").FillAsync("改过的稿子");
        await trainee.GetByTestId("save-note").ClickAsync();
        await Expect(NoteById(facilitator, noteId)).ToContainTextAsync("改过的稿子");
        await DragAsync(trainee, NoteById(trainee, noteId), 200, 100);
        var moved = await PositionAsync(trainee, noteId);
        Assert.NotEqual(start, moved);
        await Expect(NodeOf(facilitator, noteId)).ToHaveAttributeAsync("style", (await NodeOf(trainee, noteId).GetAttributeAsync("style"))!);

        await trainee.Keyboard.PressAsync("Control+z"); // the move
        await Expect(NodeOf(facilitator, noteId)).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex($"top: {start.Top}px; left: {start.Left}px"));
        Assert.Equal(start, await PositionAsync(trainee, noteId));
        await trainee.Keyboard.PressAsync("Control+z"); // the edit
        await Expect(NoteById(facilitator, noteId)).ToContainTextAsync("初稿");
        await Expect(NoteById(trainee, noteId)).ToContainTextAsync("初稿");

        await trainee.Keyboard.PressAsync("Control+Shift+Z");
        await Expect(NoteById(facilitator, noteId)).ToContainTextAsync("改过的稿子");
        await trainee.Keyboard.PressAsync("Control+y");
        await Expect(NodeOf(facilitator, noteId)).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex($"top: {moved.Top}px; left: {moved.Left}px"));
        await Expect(trainee.GetByTestId("redo")).ToBeDisabledAsync();

        // In a text field Ctrl+Z belongs to the typing, not to the board.
        await trainee.GetByTestId("add-note").ClickAsync();
        await trainee.GetByTestId("note-editor").FillAsync("草稿");
        await trainee.GetByTestId("note-editor").PressAsync("Control+z");
        await Expect(trainee.GetByTestId("redo")).ToBeDisabledAsync();
        Assert.Equal(moved, await PositionAsync(trainee, noteId));
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task An_undo_the_locked_stage_refuses_says_why_and_changes_nothing()
    {
        var (facilitator, trainee) = await BoardAsync("锁定后撤销");
        var noteId = await AddNoteAsync(trainee, "想收回的便签");
        await DeleteAsync(trainee, noteId, seenBy: facilitator);

        await facilitator.GetByTestId("lock-stage").ClickAsync();
        await Expect(trainee.GetByTestId("locked-banner")).ToBeVisibleAsync();
        await trainee.GetByTestId("undo").ClickAsync();

        await Expect(trainee.GetByTestId("error-message")).ToContainTextAsync("促进师已锁定这个阶段");
        await Expect(NoteById(trainee, noteId)).ToHaveCountAsync(0);
        await Expect(NoteById(facilitator, noteId)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(trainee, "undo-refused-locked");
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_facilitator_restores_a_trainees_deleted_note_from_recently_deleted()
    {
        var (facilitator, trainee) = await BoardAsync("最近删除");
        var noteId = await AddNoteAsync(trainee, "删错了的想法");
        await DeleteAsync(trainee, noteId, seenBy: facilitator);

        var deleted = facilitator.GetByTestId("recently-deleted");
        await deleted.Locator("summary").ClickAsync();
        var item = deleted.Locator($"[data-testid=deleted-note][data-note-id='{noteId}']");
        await Expect(item).ToContainTextAsync("删错了的想法");
        await Expect(item).ToContainTextAsync("李明");
        await Screenshots.SaveAsync(facilitator, "recently-deleted");
        await item.GetByTestId("restore-note").ClickAsync();

        await Expect(Note(trainee, "删错了的想法")).ToBeVisibleAsync();
        await Expect(Note(facilitator, "删错了的想法")).ToBeVisibleAsync();
        await Expect(deleted).ToHaveCountAsync(0);
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
