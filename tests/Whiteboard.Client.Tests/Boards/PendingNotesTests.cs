namespace Whiteboard.Client.Tests.Boards;

/// <summary>What the screen shows (docs/PROTOCOL.md): one's own note shows at once, marked pending, and the count of waiting changes shows.</summary>
public class PendingNotesTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "plan");
    private readonly Queue<TaskCompletionSource<CommandAck>> _answers = new();

    public PendingNotesTests() => _board.AnswerLater = _ =>
    {
        var answer = new TaskCompletionSource<CommandAck>();
        _answers.Enqueue(answer);
        return answer.Task;
    };

    private IRenderedComponent<Whiteboard.Client.Boards.BoardView> WriteNote(string text)
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=add-note]").Click();
        cut.Find("[data-testid=note-editor]").Input(text);
        cut.Find("[data-testid=save-note]").Click();
        return cut;
    }

    [Fact]
    public void A_new_note_shows_at_once_marked_pending_and_counted_as_waiting()
    {
        var cut = WriteNote("要有行动计划");

        var note = cut.Find("[data-testid=note]");
        Assert.Equal("要有行动计划", note.QuerySelector("[data-testid=note-text]")!.TextContent);
        Assert.Equal("true", note.GetAttribute("data-pending"));
        Assert.NotNull(note.QuerySelector("[data-testid=pending-mark]"));
        Assert.Equal("1", cut.Find("[data-testid=connection-status]").GetAttribute("data-pending"));
        Assert.Contains("1 项更改待发送", cut.Find("[data-testid=connection-status]").TextContent);
    }

    [Fact]
    public async Task The_note_stays_through_the_ack_and_loses_its_mark_when_its_event_arrives()
    {
        var cut = WriteNote("要有行动计划");
        var sent = Assert.Single(_board.Submitted);
        var add = (AddNote)sent.Command;

        await cut.InvokeAsync(() => _answers.Dequeue().SetResult(new CommandAck(sent.OpId, 4, null, null)));
        Assert.Equal("true", cut.Find("[data-testid=note]").GetAttribute("data-pending"));
        Assert.Equal("0", cut.Find("[data-testid=connection-status]").GetAttribute("data-pending"));

        var session = cut.Instance.Session;
        await cut.InvokeAsync(() => session.ReceiveAsync([_board.EventOf(sent, 4,
            TestBoard.Added(add.NoteId, add.Text, add.Color, add.X, add.Y, "plan"), _board.Trainee.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("[data-testid=note]").GetAttribute("data-pending")));
        Assert.Single(cut.FindAll("[data-testid=note]"));
    }

    [Fact]
    public async Task A_refused_note_is_taken_off_the_board_with_the_reason_and_its_text_back_in_the_editor()
    {
        var cut = WriteNote("一定要记下来");
        Assert.Single(cut.FindAll("[data-testid=note]"));

        await cut.InvokeAsync(() => _answers.Dequeue().SetResult(
            new CommandAck(_board.Submitted[0].OpId, 0, new Rejection(RejectionCode.StageLocked), null)));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=note]")));
        Assert.Equal("一定要记下来", cut.Find("[data-testid=note-editor]").GetAttribute("value"));
        Assert.Contains("锁定", cut.Find("[data-testid=error-message] span").TextContent);
    }
}
