using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

public class BoardSessionTests
{
    private readonly TestBoard _board = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Session_starts_from_the_snapshot()
    {
        var note = _board.AddNote("会议太多");

        var session = _board.SessionFor(_board.Trainee, _time);

        Assert.Equal(3, session.State.Seq);
        Assert.Equal("会议太多", session.State.Notes[note.Id].Text);
        Assert.Equal("李明", session.NameOf(note.AuthorId));
    }

    [Fact]
    public async Task Events_apply_in_sequence_order_even_when_delivered_out_of_order()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var id = Guid.NewGuid();

        await session.ReceiveAsync([
            _board.Event(5, new NoteMoved(id, 300, 200)),
            _board.Event(4, TestBoard.Added(id, "流程长", NoteColor.Blue, 10, 20)),
        ]);

        Assert.Equal(5, session.State.Seq);
        Assert.Equal((300d, 200d), (session.State.Notes[id].X, session.State.Notes[id].Y));
        Assert.Empty(_board.CatchUpRequests);
    }

    [Fact]
    public async Task Events_already_applied_are_ignored() // rule B4: the snapshot already holds them
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var changes = 0;
        session.Changed += () => changes++;

        await session.ReceiveAsync([_board.Event(3, TestBoard.Added(Guid.NewGuid(), "旧的", NoteColor.Yellow, 0, 0))]);

        Assert.Empty(session.State.Notes);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task A_gap_is_filled_by_catching_up_until_nothing_is_left()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        _board.CatchUpAnswers.Enqueue(new CatchUpResult([_board.Event(4, TestBoard.Added(a, "一", NoteColor.Yellow, 0, 0))], HasMore: true));
        _board.CatchUpAnswers.Enqueue(new CatchUpResult([_board.Event(5, TestBoard.Added(b, "二", NoteColor.Yellow, 0, 0))], HasMore: false));

        await session.ReceiveAsync([_board.Event(6, TestBoard.Added(c, "三", NoteColor.Yellow, 0, 0))]);

        Assert.Equal([3L, 4L], _board.CatchUpRequests);
        Assert.Equal(6, session.State.Seq);
        Assert.Equal(3, session.State.Notes.Count);
    }

    [Fact]
    public async Task A_command_goes_out_with_a_new_operation_id_and_changes_the_confirmed_board_only_when_its_event_arrives()
    {
        var session = _board.SessionFor(_board.Trainee, _time);

        await session.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "想法", NoteColor.Pink, 0, 0));
        await session.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "想法", NoteColor.Pink, 0, 0));

        Assert.Equal(2, _board.Submitted.Select(s => s.OpId).Distinct().Count());
        Assert.All(_board.Submitted, s => Assert.Equal(_board.BoardId, s.BoardId));
        Assert.Empty(session.Confirmed.Notes);
    }

    [Fact]
    public async Task A_refused_command_is_reported_with_its_code()
    {
        var note = _board.AddNote("别人的", author: _board.Facilitator.Id);
        var session = _board.SessionFor(_board.Trainee, _time);
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.NotAllowed), "你没有权限执行此操作。");
        RejectionCode? reported = null;
        session.Rejected += (_, code) => reported = code;

        await session.SubmitAsync(new DeleteNote(note.Id));

        Assert.Equal(RejectionCode.NotAllowed, reported);
    }

    [Fact]
    public async Task A_command_that_could_not_be_sent_is_sent_again_with_the_same_operation_id_after_rejoining()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var offline = true;
        _board.Answer = e => offline ? throw new InvalidOperationException("not connected") : new CommandAck(e.OpId, 4, null, null);

        await session.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "断网时写的", NoteColor.Green, 0, 0));
        Assert.Equal(1, session.UnsentCount);

        offline = false;
        await session.RejoinedAsync(_board.Snapshot, _board.Online);

        Assert.Equal(0, session.UnsentCount);
        Assert.Equal(2, _board.Submitted.Count);
        Assert.Equal(_board.Submitted[0].OpId, _board.Submitted[1].OpId);
    }

    [Fact]
    public async Task Rejoining_catches_up_from_the_last_applied_event()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        await session.ReceiveAsync([_board.Event(4, TestBoard.Added(Guid.NewGuid(), "一", NoteColor.Yellow, 0, 0))]);
        _board.Seq = 6; // the board moved on while this browser was away

        await session.RejoinedAsync(_board.Snapshot, _board.Online);

        Assert.Equal([4L], _board.CatchUpRequests);
    }

    [Fact]
    public void Presence_changes_who_is_online()
    {
        var session = _board.SessionFor(_board.Trainee, _time);

        session.ReceivePresence(new PresenceChange(_board.BoardId, _board.Facilitator.Id, Online: true));
        Assert.True(session.IsOnline(_board.Facilitator.Id));

        session.ReceivePresence(new PresenceChange(_board.BoardId, _board.Facilitator.Id, Online: false));
        Assert.False(session.IsOnline(_board.Facilitator.Id));
    }

    [Fact]
    public void Drag_previews_are_throttled_to_twenty_a_second()
    {
        var sent = 0;
        var calls = _board.Calls with { Drag = (_, _, _, _) => { sent++; return Task.CompletedTask; } };
        var session = new BoardSession(_board.Snapshot, _board.Trainee.Id, _board.Trainee.Role, [], calls, _time);
        var noteId = Guid.NewGuid();

        for (var i = 0; i < 10; i++)
        {
            session.PreviewDrag(noteId, i, i);
            _time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(2, sent); // at 0 ms and at 50 ms
    }

    [Fact]
    public void Own_drag_previews_coming_back_are_not_shown()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var shown = new List<NoteDrag>();
        session.NoteDragging += shown.Add;

        session.ReceiveDrag(new NoteDrag(_board.BoardId, Guid.NewGuid(), 1, 2, _board.Trainee.Id));
        session.ReceiveDrag(new NoteDrag(_board.BoardId, Guid.NewGuid(), 1, 2, _board.Facilitator.Id));

        Assert.Single(shown);
    }
}
