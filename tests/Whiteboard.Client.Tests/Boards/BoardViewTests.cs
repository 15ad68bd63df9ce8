using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Boards;

public class BoardViewTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    private (IRenderedComponent<BoardView> Cut, BoardSession Session) RenderBoard() => RenderBoard(_board, _board.Trainee);

    private static IElement NodeOf(IRenderedComponent<BoardView> cut, Guid noteId) => cut.Find($".diagram-node[data-node-id='{noteId}']");

    [Fact]
    public void The_snapshots_notes_title_and_code_are_shown()
    {
        _board.AddNote("会议太多", NoteColor.Yellow, 100, 80);
        _board.AddNote("审批流程长", NoteColor.Blue, 300, 80);

        var (cut, _) = RenderBoard();

        Assert.Equal(["会议太多", "审批流程长"], cut.FindAll("[data-testid=note-text]").Select(e => e.TextContent));
        Assert.Equal("第一组", cut.Find("[data-testid=board-title]").TextContent);
        Assert.Equal("K7M2QX", cut.Find("[data-testid=join-code]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=board-canvas] .diagram-canvas"));
    }

    [Fact]
    public async Task A_NoteAdded_event_adds_the_note()
    {
        var (cut, session) = RenderBoard();
        var id = Guid.NewGuid();

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, TestBoard.Added(id, "新想法", NoteColor.Orange, 40, 50))]));

        cut.WaitForAssertion(() => Assert.Equal("orange", cut.Find($"[data-note-id='{id}'][data-testid=note]").GetAttribute("data-color")));
    }

    [Fact]
    public async Task A_NoteMoved_event_moves_the_note()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, session) = RenderBoard();

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteMoved(note.Id, 360, 210))]));

        cut.WaitForAssertion(() => Assert.Contains("top: 210px; left: 360px", NodeOf(cut, note.Id).GetAttribute("style")));
        Assert.Empty(_board.Submitted); // a remote change is never echoed back as a command
    }

    [Fact]
    public async Task A_NoteDeleted_event_removes_the_note()
    {
        var note = _board.AddNote("会议太多");
        var (cut, session) = RenderBoard();

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteDeleted(note.Id))]));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=note]")));
    }

    [Fact]
    public async Task An_event_after_a_gap_asks_the_server_for_what_was_missed()
    {
        var (cut, session) = RenderBoard();

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(7, TestBoard.Added(Guid.NewGuid(), "跳号", NoteColor.Yellow, 0, 0))]));

        Assert.Equal([3L], _board.CatchUpRequests);
    }

    [Fact]
    public async Task Another_persons_drag_moves_the_note_without_sending_anything()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, session) = RenderBoard();

        await cut.InvokeAsync(() => session.ReceiveDrag(new NoteDrag(_board.BoardId, note.Id, 150, 95, _board.Facilitator.Id)));

        cut.WaitForAssertion(() => Assert.Contains("top: 95px; left: 150px", NodeOf(cut, note.Id).GetAttribute("style")));
        Assert.Empty(_board.Submitted);
    }

    [Fact]
    public async Task A_drop_back_where_the_note_was_settles_every_screen_on_the_boards_position()
    {
        // The other person drags out and back: their drop is a move to where the note already was.
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, session) = RenderBoard();
        await cut.InvokeAsync(() => session.ReceiveDrag(new NoteDrag(_board.BoardId, note.Id, 280, 260, _board.Facilitator.Id)));
        cut.WaitForAssertion(() => Assert.Contains("top: 260px; left: 280px", NodeOf(cut, note.Id).GetAttribute("style")));

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new NoteMoved(note.Id, 100, 80), _board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Contains("top: 80px; left: 100px", NodeOf(cut, note.Id).GetAttribute("style")));
    }

    [Fact]
    public async Task A_preview_that_stops_without_a_move_ends_where_the_board_has_the_note()
    {
        // Previews are best effort: the drop's move may never come (refused, or lost with the dragger's connection).
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, session) = RenderBoard();
        await cut.InvokeAsync(() => session.ReceiveDrag(new NoteDrag(_board.BoardId, note.Id, 280, 260, _board.Facilitator.Id)));
        cut.WaitForAssertion(() => Assert.Contains("top: 260px; left: 280px", NodeOf(cut, note.Id).GetAttribute("style")));

        Time.Advance(RemotePreviews.Lasts / 2);
        await cut.InvokeAsync(() => session.ReceiveDrag(new NoteDrag(_board.BoardId, note.Id, 300, 270, _board.Facilitator.Id)));
        Time.Advance(RemotePreviews.Lasts * 0.8); // still moving: the preview holds
        cut.WaitForAssertion(() => Assert.Contains("top: 270px; left: 300px", NodeOf(cut, note.Id).GetAttribute("style")));
        Time.Advance(RemotePreviews.Lasts * 0.3);

        cut.WaitForAssertion(() => Assert.Contains("top: 80px; left: 100px", NodeOf(cut, note.Id).GetAttribute("style")));
        Assert.Empty(_board.Submitted);
    }

    [Fact]
    public void Dropping_a_dragged_note_sends_one_MoveNote()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var (cut, _) = RenderBoard();

        NodeOf(cut, note.Id).PointerDown(new PointerEventArgs { ClientX = 110, ClientY = 90, Button = 0 });
        var canvas = cut.Find(".diagram-canvas");
        canvas.PointerMove(new PointerEventArgs { ClientX = 150, ClientY = 120 });
        canvas.PointerMove(new PointerEventArgs { ClientX = 170, ClientY = 140 });
        canvas.PointerUp(new PointerEventArgs { ClientX = 170, ClientY = 140 });

        var move = Assert.IsType<MoveNote>(Assert.Single(_board.Submitted).Command);
        Assert.Equal((note.Id, 160d, 130d), (move.NoteId, move.X, move.Y));
    }

    [Fact]
    public void A_new_note_is_sent_as_AddNote_near_the_visible_middle()
    {
        var board = new TestBoard(openStage: "plan"); // no private writing in Plan: notes go to the middle
        var (cut, _) = RenderBoard(board, board.Trainee);

        cut.Find("[data-testid=add-note]").Click();
        cut.Find("[data-testid=note-editor]").Input("要有行动计划");
        cut.Find("[data-testid=save-note]").Click();

        var add = Assert.IsType<AddNote>(Assert.Single(board.Submitted).Command);
        Assert.Equal(("plan", "要有行动计划", 420d, 240d), (add.StageId, add.Text, add.X, add.Y));
        Assert.NotEqual(Guid.Empty, add.NoteId);
        Assert.Empty(cut.FindAll("[data-testid=note-editor]"));
    }

    [Fact]
    public void A_refused_command_shows_its_reason()
    {
        var note = _board.AddNote("我的", author: _board.Trainee.Id);
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.NoteNotFound), null);
        var (cut, _) = RenderBoard();

        NodeOf(cut, note.Id).PointerDown(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.Find(".diagram-canvas").PointerUp(new PointerEventArgs { ClientX = 110, ClientY = 90 });
        cut.WaitForElement("[data-testid=delete-note]").Click();

        cut.WaitForAssertion(() => Assert.Equal("这张便签已不存在。", cut.Find("[data-testid=error-message] span").TextContent));
        Assert.Equal("alert", cut.Find("[data-testid=error-message]").GetAttribute("role"));
    }

    [Fact]
    public void A_refused_new_note_comes_back_in_the_editor_so_the_text_is_not_lost()
    {
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.TooManyNotes), null);
        var (cut, _) = RenderBoard();

        cut.Find("[data-testid=add-note]").Click();
        cut.Find("[data-testid=note-editor]").Input("一定要记下来");
        cut.Find("[data-testid=save-note]").Click();

        cut.WaitForAssertion(() => Assert.Equal("一定要记下来", cut.Find("[data-testid=note-editor]").GetAttribute("value")));
        Assert.Equal("白板上的便签已达上限（2000 张）。", cut.Find("[data-testid=error-message] span").TextContent);
    }
}
