using System.Text.Json;
using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Notes;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Browser;

namespace Whiteboard.Client.Tests.Notes;

/// <summary>Drafts (docs/PROTOCOL.md): what is typed survives a reload and a stage change, and is never silently discarded.</summary>
public class DraftTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "plan");

    private string DraftKey => StorageKeys.NoteDraft(_board.BoardId);

    private (IRenderedComponent<BoardView> Cut, BoardSession Session) StartTyping(string text)
    {
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=add-note]").Click();
        cut.Find("[data-testid=note-editor]").Input(text);
        return (cut, session);
    }

    [Fact]
    public void The_draft_is_kept_once_typing_pauses()
    {
        StartTyping("开会太多，");
        Assert.False(Storage.Items.ContainsKey(DraftKey));

        Time.Advance(TypingKeeper.Quiet);

        var kept = JsonSerializer.Deserialize<KeptDraft>(Storage.Items[DraftKey], WireJson.Options)!;
        Assert.Equal(new KeptDraft(null, "plan", "开会太多，", NoteColor.Yellow), kept);
    }

    [Fact]
    public void After_a_reload_the_editor_opens_again_with_the_draft()
    {
        Storage.Items[DraftKey] = JsonSerializer.Serialize(new KeptDraft(null, "plan", "没写完的想法", NoteColor.Blue), WireJson.Options);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("没写完的想法", cut.Find("[data-testid=note-editor]").GetAttribute("value"));
        Assert.Equal("true", cut.Find("[data-testid=note-color-blue]").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("[data-testid=draft-kept]"));
    }

    [Fact]
    public void A_draft_of_an_existing_note_reopens_on_that_note()
    {
        var note = _board.AddNote("原来的", stageId: "plan");
        Storage.Items[DraftKey] = JsonSerializer.Serialize(new KeptDraft(note.Id, null, "改了一半", NoteColor.Yellow), WireJson.Options);

        var (cut, _) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=save-note]").Click();

        Assert.Equal(new EditNote(note.Id, "改了一半"), Assert.Single(_board.Commands));
        Assert.False(Storage.Items.ContainsKey(DraftKey));
    }

    [Fact]
    public async Task A_lock_while_typing_keeps_the_editor_open_with_the_draft_and_says_so_until_the_stage_opens_again()
    {
        var (cut, session) = StartTyping("一定要记下来");

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new StageLocked("plan"), _board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("阶段已被锁定，你的草稿已保留。阶段重新开放后即可保存。", cut.Find("[data-testid=draft-kept]").TextContent));
        Assert.Single(cut.FindAll("[data-testid=note-editor]")); // still open, with what was typed (saved below)
        Assert.True(cut.Find("[data-testid=save-note]").HasAttribute("disabled"));
        Time.Advance(TypingKeeper.Quiet);
        Assert.Contains("一定要记下来", Storage.Items[DraftKey]);

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(5, new StageUnlocked("plan"), _board.Facilitator.Id)]));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=draft-kept]")));
        cut.Find("[data-testid=save-note]").Click();

        Assert.Equal("一定要记下来", Assert.IsType<AddNote>(Assert.Single(_board.Commands)).Text);
        Assert.False(Storage.Items.ContainsKey(DraftKey));
    }

    [Fact]
    public async Task When_the_stage_moves_on_while_typing_the_draft_is_kept_and_saved_to_the_current_stage()
    {
        var (cut, session) = StartTyping("下一步要做什么");

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new StageAdvanced("plan", "action"), _board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("StageChanged", cut.Find("[data-testid=draft-kept]").GetAttribute("data-notice")));
        cut.Find("[data-testid=save-note]").Click();
        Assert.Equal("action", Assert.IsType<AddNote>(Assert.Single(_board.Commands)).StageId);
    }

    [Fact]
    public async Task An_edit_of_a_note_deleted_meanwhile_says_so_and_the_refusal_brings_the_words_back_as_a_new_note()
    {
        var note = _board.AddNote("初稿", stageId: "plan", x: 100, y: 80);
        _board.Answer = e => new CommandAck(e.OpId, 0, e.Command is EditNote ? new Rejection(RejectionCode.NoteNotFound) : null, null);
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        cut.Find($".diagram-node[data-node-id='{note.Id}']").PointerDown(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.Find(".diagram-canvas").PointerUp(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.WaitForElement("[data-testid=edit-note]").Click();
        cut.Find("[data-testid=note-editor]").Input("改过的稿子");

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteDeleted(note.Id), _board.Facilitator.Id)]));
        cut.WaitForAssertion(() => Assert.Equal("这张便签已被删除，你的草稿已保留。", cut.Find("[data-testid=draft-kept]").TextContent));
        cut.Find("[data-testid=save-note]").Click();

        cut.WaitForAssertion(() => Assert.Equal("改过的稿子", cut.Find("[data-testid=note-editor]").GetAttribute("value")));
        Assert.Equal("这张便签已不存在。", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Equal("新便签", cut.Find("#note-editor-heading").TextContent);
    }

    [Fact]
    public async Task Notes_written_offline_and_refused_on_reconnecting_come_back_one_after_another()
    {
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        session.ConnectionLost();
        foreach (var text in new[] { "第一条", "第二条" })
        {
            cut.Find("[data-testid=add-note]").Click();
            cut.Find("[data-testid=note-editor]").Input(text);
            cut.Find("[data-testid=save-note]").Click();
        }
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageLocked), null);

        await cut.InvokeAsync(() => session.RejoinedAsync(_board.Snapshot, []));

        cut.WaitForAssertion(() => Assert.Equal("第一条", cut.Find("[data-testid=note-editor]").GetAttribute("value")));
        cut.Find("[data-testid=cancel-note]").Click();
        Assert.Equal("第二条", cut.Find("[data-testid=note-editor]").GetAttribute("value"));
    }

    [Fact]
    public void Discarding_forgets_the_draft()
    {
        var (cut, _) = StartTyping("算了");
        Time.Advance(TypingKeeper.Quiet);

        cut.Find("[data-testid=cancel-note]").Click();

        Assert.False(Storage.Items.ContainsKey(DraftKey));
        Assert.Empty(cut.FindAll("[data-testid=note-editor]"));
    }
}
