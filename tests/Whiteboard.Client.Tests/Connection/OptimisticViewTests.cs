using Microsoft.Extensions.Time.Testing;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>What the screen shows (docs/PROTOCOL.md): one's own change shows at once, marked as pending, and a refusal rolls it back.</summary>
public class OptimisticViewTests
{
    private readonly TestBoard _board = new();
    private readonly FakeTimeProvider _time = new(TestBoard.Start.AddHours(1));
    private readonly Queue<TaskCompletionSource<CommandAck>> _answers = new();

    public OptimisticViewTests() => _board.AnswerLater = _ =>
    {
        var answer = new TaskCompletionSource<CommandAck>();
        _answers.Enqueue(answer);
        return answer.Task;
    };

    private static AddNote NewNote(string text = "会议太多", string stageId = "problem") => new(Guid.NewGuid(), stageId, text, NoteColor.Pink, 120, 80);

    [Fact]
    public void Own_note_shows_at_once_marked_pending_before_the_ack()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var add = NewNote();

        _ = session.SubmitAsync(add);

        var note = session.State.Notes[add.NoteId];
        Assert.Equal(("会议太多", NoteColor.Pink, _board.Trainee.Id), (note.Text, note.Color, note.AuthorId));
        Assert.True(session.IsPending(add.NoteId));
        Assert.Empty(session.Confirmed.Notes);
        Assert.Equal(1, session.UnsentCount);
    }

    [Fact]
    public async Task Own_note_stays_shown_between_the_ack_and_the_broadcast()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var add = NewNote();
        var shownEachTime = new List<bool>();
        session.Changed += () => shownEachTime.Add(session.State.Notes.ContainsKey(add.NoteId));
        var sending = session.SubmitAsync(add);

        _answers.Dequeue().SetResult(new CommandAck(_board.Submitted[0].OpId, 4, null, null));
        await sending;

        Assert.True(session.State.Notes.ContainsKey(add.NoteId));
        Assert.True(session.IsPending(add.NoteId)); // acknowledged, not yet on the board
        Assert.Equal(0, session.UnsentCount);

        await session.ReceiveAsync([_board.EventOf(_board.Submitted[0], 4, TestBoard.Added(add.NoteId, "会议太多", NoteColor.Pink, 120, 80), _board.Trainee.Id)]);

        Assert.True(session.Confirmed.Notes.ContainsKey(add.NoteId));
        Assert.False(session.IsPending(add.NoteId));
        Assert.Empty(session.Pending);
        Assert.All(shownEachTime, Assert.True); // never gone in between: no flicker
    }

    [Fact]
    public async Task A_vote_whose_event_arrives_before_its_ack_counts_once()
    {
        var note = _board.AddNote("会议太多", author: _board.Colleague.Id);
        _board.SetStage("problem", s => s with { Settings = s.Settings with { VoteBudget = 3, MaxVotesPerNote = 3, VotesHidden = false } });
        var session = _board.SessionFor(_board.Trainee, _time);
        var sending = session.SubmitAsync(new CastVote(note.Id));
        Assert.Single(session.State.Votes);

        await session.ReceiveAsync([_board.EventOf(_board.Submitted[0], 4, new VoteCast(note.Id, "problem", false), _board.Trainee.Id)]);
        _answers.Dequeue().SetResult(new CommandAck(_board.Submitted[0].OpId, 4, null, null));
        await sending;

        Assert.Single(session.State.Votes);
        Assert.Empty(session.Pending);
    }

    [Fact]
    public async Task A_refused_note_is_rolled_back_with_the_reason()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        RejectionCode? reason = null;
        session.Rejected += (_, code) => reason = code;
        var add = NewNote();
        var sending = session.SubmitAsync(add);

        _answers.Dequeue().SetResult(new CommandAck(_board.Submitted[0].OpId, 0, new Rejection(RejectionCode.StageLocked), "本阶段已锁定"));
        await sending;

        Assert.Equal(RejectionCode.StageLocked, reason);
        Assert.False(session.State.Notes.ContainsKey(add.NoteId));
        Assert.Empty(session.Pending);
    }

    [Fact]
    public void A_command_the_core_refuses_here_is_not_shown_but_still_goes_to_the_server()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var add = NewNote(stageId: "plan"); // not open: StageNotOpen here; the server has the last word

        _ = session.SubmitAsync(add);

        Assert.Empty(session.State.Notes);
        Assert.Single(_board.Submitted);
        Assert.Equal(1, session.UnsentCount);
    }

    [Fact]
    public void Later_pending_commands_build_on_earlier_ones()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        var add = NewNote();

        _ = session.SubmitAsync(add);
        _ = session.SubmitAsync(new EditNote(add.NoteId, "会议太多太长"));
        _ = session.SubmitAsync(new MoveNote(add.NoteId, 400, 300));

        var note = session.State.Notes[add.NoteId];
        Assert.Equal(("会议太多太长", 400d, 300d), (note.Text, note.X, note.Y));
        Assert.Single(_board.Submitted); // one at a time, in order
    }

    [Fact]
    public async Task An_edit_of_a_confirmed_note_shows_at_once_and_only_its_note_is_marked()
    {
        var mine = _board.AddNote("原来的");
        var other = _board.AddNote("另一张");
        var session = _board.SessionFor(_board.Trainee, _time);

        var sending = session.SubmitAsync(new EditNote(mine.Id, "改过的"));

        Assert.Equal("改过的", session.State.Notes[mine.Id].Text);
        Assert.Equal("原来的", session.Confirmed.Notes[mine.Id].Text);
        Assert.True(session.IsPending(mine.Id));
        Assert.False(session.IsPending(other.Id));
        _answers.Dequeue().SetResult(new CommandAck(_board.Submitted[0].OpId, 0, null, null)); // already on the board
        await sending;
        Assert.False(session.IsPending(mine.Id));
    }
}
