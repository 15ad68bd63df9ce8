using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Undo;

namespace Whiteboard.Client.Tests.Undo;

/// <summary>Undo on the board: the buttons, the toast a deletion shows instead of a confirmation, a facilitator's restore (rule N10).</summary>
public class UndoViewTests : ClientTestContext
{
    private readonly TestBoard _board = new();
    private long _acked = 100;

    public UndoViewTests() => _board.Answer = e => new CommandAck(e.OpId, ++_acked, null, null);

    private static void DeleteByTap(IRenderedComponent<BoardView> cut, Guid noteId)
    {
        cut.Find($".diagram-node[data-node-id='{noteId}']").PointerDown(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.Find(".diagram-canvas").PointerUp(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.WaitForElement("[data-testid=delete-note]").Click();
    }

    [Fact]
    public void A_deleted_note_goes_at_once_and_the_toast_brings_it_back()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        DeleteByTap(cut, note.Id);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=note]")));
        Assert.Equal("便签已删除", cut.Find("[data-testid=undo-toast] span").TextContent);
        cut.Find("[data-testid=undo-toast-undo]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=note]")));
        Assert.Equal([new DeleteNote(note.Id), new RestoreNote(note.Id)], _board.Commands);
        Assert.Empty(cut.FindAll("[data-testid=undo-toast]"));
    }

    [Fact]
    public void The_toast_goes_by_itself_after_a_few_seconds()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        DeleteByTap(cut, note.Id);
        cut.WaitForElement("[data-testid=undo-toast]");

        Time.Advance(UndoToast.Shown);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=undo-toast]")));
    }

    [Fact]
    public void Undo_is_off_until_there_is_something_to_undo_then_takes_it_back()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=redo]").HasAttribute("disabled"));

        cut.InvokeAsync(() => session.SubmitAsync(new EditNote(note.Id, "会议太长")));
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=undo]").HasAttribute("disabled")));
        cut.Find("[data-testid=undo]").Click();

        cut.WaitForAssertion(() => Assert.Equal("会议太多", cut.Find("[data-testid=note-text]").TextContent));
        Assert.Equal(new EditNote(note.Id, "会议太多"), _board.Commands.Last());
        Assert.True(cut.Find("[data-testid=undo]").HasAttribute("disabled"));
        Assert.False(cut.Find("[data-testid=redo]").HasAttribute("disabled"));
        Assert.Equal("撤销", cut.Find("[data-testid=undo]").GetAttribute("aria-label"));
    }

    [Fact]
    public void An_observer_has_nothing_to_undo()
    {
        var (cut, _) = RenderBoard(_board, _board.Observer);

        Assert.Empty(cut.FindAll("[data-testid=undo]"));
    }

    [Fact]
    public void A_facilitator_restores_a_trainees_deleted_note_from_recently_deleted()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (trainee, traineeSession) = RenderBoard(_board, _board.Trainee);
        Assert.Empty(trainee.FindAll("[data-testid=recently-deleted]"));
        var (cut, session) = RenderBoard(_board, _board.Facilitator);
        Assert.Empty(cut.FindAll("[data-testid=recently-deleted]"));

        cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteDeleted(note.Id), _board.Trainee.Id)]));

        var item = cut.WaitForElement("[data-testid=deleted-note]");
        Assert.Equal("会议太多", item.QuerySelector(".deleted-text")!.TextContent);
        Assert.Contains("李明", item.QuerySelector(".deleted-meta")!.TextContent);
        Assert.Equal("最近删除（1）", cut.Find("[data-testid=recently-deleted] summary").TextContent);
        cut.Find("[data-testid=restore-note]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=note]")));
        Assert.Equal(new RestoreNote(note.Id), _board.Commands.Last());
        Assert.Empty(cut.FindAll("[data-testid=recently-deleted]"));
    }

    [Fact]
    public void A_private_note_its_author_deleted_is_not_the_facilitators_to_restore()
    {
        var note = _board.AddNote("只给自己看", x: 100, y: 80, hidden: true);
        var (cut, session) = RenderBoard(_board, _board.Facilitator);

        cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteDeleted(note.Id), _board.Trainee.Id)]));

        var restore = cut.WaitForElement("[data-testid=restore-note]");
        Assert.True(restore.HasAttribute("disabled"));
        Assert.Equal(RejectionText.Message(RejectionCode.HiddenNote, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), restore.GetAttribute("title"));
    }
}
