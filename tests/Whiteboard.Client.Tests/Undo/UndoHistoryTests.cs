using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Connection;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Tests.Undo;

/// <summary>
/// A person's own changes undone and redone by sending their reverse as new commands (rule N10 for a delete), through a
/// real session whose server acknowledges everything and sends no events yet: what is shown is the pending view.
/// </summary>
public class UndoHistoryTests
{
    private readonly TestBoard _board = new();
    private readonly FakeTimeProvider _time = new();
    private long _acked = 100;

    public UndoHistoryTests() => _board.Answer = e => new CommandAck(e.OpId, ++_acked, null, null);

    private BoardSession Session() => _board.SessionFor(_board.Trainee, _time);

    private IReadOnlyList<BoardCommand> SentAfter(int count) => [.. _board.Commands.Skip(count)];

    [Fact]
    public async Task A_move_is_undone_by_moving_back_and_redone_by_moving_again()
    {
        var note = _board.AddNote("会议太多", x: 100, y: 80);
        var session = Session();
        Assert.False(session.History.CanUndo);

        await session.SubmitAsync(new MoveNote(note.Id, 400, 300));
        await session.History.UndoAsync();

        Assert.Equal([new MoveNote(note.Id, 100, 80)], SentAfter(1));
        Assert.Equal((100d, 80d), (session.State.Notes[note.Id].X, session.State.Notes[note.Id].Y));
        Assert.False(session.History.CanUndo);
        Assert.True(session.History.CanRedo);

        await session.History.RedoAsync();

        Assert.Equal([new MoveNote(note.Id, 400, 300)], SentAfter(2));
        Assert.Equal(3, _board.Submitted.Select(s => s.OpId).Distinct().Count()); // each a new operation
        Assert.True(session.History.CanUndo);
        Assert.False(session.History.CanRedo);
    }

    [Fact]
    public async Task Edits_and_colours_go_back_to_what_they_were()
    {
        var note = _board.AddNote("会议太多", NoteColor.Pink);
        var session = Session();

        await session.SubmitAsync(new EditNote(note.Id, "会议太长"));
        await session.SubmitAsync(new RecolorNote(note.Id, NoteColor.Blue));
        await session.History.UndoAsync();
        await session.History.UndoAsync();

        Assert.Equal([new RecolorNote(note.Id, NoteColor.Pink), new EditNote(note.Id, "会议太多")], SentAfter(2));
        Assert.Equal(("会议太多", NoteColor.Pink), (session.State.Notes[note.Id].Text, session.State.Notes[note.Id].Color));
    }

    [Fact]
    public async Task A_new_note_is_undone_by_deleting_it_and_redone_by_restoring_it()
    {
        var session = Session();
        var id = Guid.NewGuid();

        await session.SubmitAsync(new AddNote(id, "problem", "新想法", NoteColor.Yellow, 0, 0));
        await session.History.UndoAsync();
        await session.History.RedoAsync();

        Assert.Equal([new DeleteNote(id), new RestoreNote(id)], SentAfter(1));
        Assert.Equal("新想法", session.State.Notes[id].Text);
    }

    [Fact]
    public async Task A_deletion_is_offered_back_once_and_undone_by_restoring()
    {
        var note = _board.AddNote("会议太多");
        var session = Session();
        var offered = new List<Guid>();
        session.History.NoteDeleted += offered.Add;

        await session.SubmitAsync(new DeleteNote(note.Id));
        await session.History.UndoAsync();
        await session.History.RedoAsync();

        Assert.Equal([new RestoreNote(note.Id), new DeleteNote(note.Id)], SentAfter(1));
        Assert.Equal([note.Id], offered); // the redo is no new deletion to offer back
    }

    [Fact]
    public async Task The_toast_takes_back_its_deletion_even_after_other_changes()
    {
        var (deleted, moved) = (_board.AddNote("删掉的"), _board.AddNote("挪动的"));
        var session = Session();

        await session.SubmitAsync(new DeleteNote(deleted.Id));
        await session.SubmitAsync(new MoveNote(moved.Id, 500, 500));
        await session.History.UndoDeleteAsync(deleted.Id);
        await session.History.UndoAsync();

        Assert.Equal([new RestoreNote(deleted.Id), new MoveNote(moved.Id, moved.X, moved.Y)], SentAfter(2));
        Assert.True(session.State.Notes.ContainsKey(deleted.Id));
    }

    [Fact]
    public async Task One_gesture_is_one_step_undone_last_change_first()
    {
        var (dropped, onto) = (_board.AddNote("拖过去的", x: 0, y: 0), _board.AddNote("目标", x: 300, y: 0));
        var session = Session();
        var cluster = Guid.NewGuid();

        using (session.History.Together())
        {
            await session.SubmitAsync(new MoveNote(dropped.Id, 300, 120));
            await session.SubmitAsync(new CreateCluster(cluster, [onto.Id, dropped.Id]));
            await session.SubmitAsync(new MoveNote(onto.Id, 280, 0));
        }
        await session.History.UndoAsync();

        Assert.Equal([new MoveNote(onto.Id, 300, 0), new DissolveCluster(cluster), new MoveNote(dropped.Id, 0, 0)], SentAfter(3));
        Assert.False(session.History.CanUndo);

        await session.History.RedoAsync();

        var redone = SentAfter(6);
        Assert.Equal(new MoveNote(dropped.Id, 300, 120), redone[0]);
        var again = Assert.IsType<CreateCluster>(redone[1]);
        Assert.Equal(cluster, again.ClusterId);
        Assert.Equal(new[] { onto.Id, dropped.Id }.Order(), again.NoteIds.Order());
        Assert.Equal(new MoveNote(onto.Id, 280, 0), redone[2]);
        Assert.Equal(cluster, session.State.Notes[dropped.Id].ClusterId);
    }

    [Fact]
    public async Task Joining_a_cluster_is_undone_back_to_the_cluster_before()
    {
        var (a, b, c, d) = (_board.AddNote("一"), _board.AddNote("二"), _board.AddNote("三"), _board.AddNote("四"));
        var first = _board.AddCluster("第一类", a, b, c);
        var second = _board.AddCluster("第二类", d, _board.AddNote("五"));
        var session = Session();

        await session.SubmitAsync(new AddToCluster(a.Id, second.Id));
        await session.SubmitAsync(new RemoveFromCluster(b.Id));
        await session.History.UndoAsync();
        await session.History.UndoAsync();

        Assert.Equal([new AddToCluster(b.Id, first.Id), new AddToCluster(a.Id, first.Id)], SentAfter(2));
    }

    [Fact]
    public async Task A_dot_is_taken_back_and_a_taken_back_dot_given_again()
    {
        var stage = new TestBoard(openStage: "plan");
        var note = stage.AddNote("试点", stageId: "plan");
        stage.Answer = e => new CommandAck(e.OpId, ++_acked, null, null);
        var session = stage.SessionFor(stage.Trainee, _time);

        await session.SubmitAsync(new CastVote(note.Id));
        await session.History.UndoAsync();
        await session.History.RedoAsync();

        Assert.Equal([new CastVote(note.Id), new RetractVote(note.Id), new CastVote(note.Id)], stage.Commands);
    }

    [Fact]
    public async Task A_refused_change_is_no_step_and_a_new_change_ends_redoing()
    {
        var note = _board.AddNote("会议太多");
        var session = Session();
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageLocked), "阶段已锁定");

        await session.SubmitAsync(new MoveNote(note.Id, 400, 300));
        Assert.False(session.History.CanUndo);

        _board.Answer = e => new CommandAck(e.OpId, ++_acked, null, null);
        await session.SubmitAsync(new MoveNote(note.Id, 500, 300));
        await session.History.UndoAsync();
        await session.SubmitAsync(new EditNote(note.Id, "新的话"));

        Assert.False(session.History.CanRedo);
    }

    [Fact]
    public async Task A_refused_undo_says_why_and_leaves_nothing_to_redo()
    {
        var note = _board.AddNote("会议太多");
        var session = Session();
        var refusals = new List<RejectionCode>();
        session.Rejected += (_, code) => refusals.Add(code);
        await session.SubmitAsync(new DeleteNote(note.Id));
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageLocked), "阶段已锁定");

        await session.History.UndoAsync();

        Assert.Equal([RejectionCode.StageLocked], refusals);
        Assert.False(session.History.CanRedo);
        Assert.False(session.History.CanUndo);
    }

    [Fact]
    public async Task Running_the_stage_is_not_undone_here()
    {
        var session = _board.SessionFor(_board.Facilitator, _time);

        await session.SubmitAsync(new MarkDone("problem", true));
        await session.SubmitAsync(new LockStage("problem"));

        Assert.False(session.History.CanUndo);
    }
}
