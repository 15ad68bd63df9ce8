using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Summaries;

namespace Whiteboard.Core.Tests;

/// <summary>
/// The public checks a screen asks before it offers a control: each says what deciding the command would say, so the
/// screen never offers what the server refuses, and says why it does not.
/// </summary>
public class AccessTests
{
    private static readonly Guid[] Everyone = [Alice, Bob, Carol, Facilitator, Observer];

    private static RejectionCode? Decided(TestBoard board, BoardCommand command, Guid actor) => board.Decide(command, actor).Rejection?.Code;

    [Fact]
    public void Stage_may_be_changed_while_current_and_when_locked_only_by_facilitators()
    {
        // Rule ST5, P3
        var board = ActionLearningAt(StageIds.Plan);
        RejectionCode? Check(string stageId, Guid person) => StageAccess.CheckChange(board.State, stageId, board.ViewerOf(person));

        Assert.Null(Check(StageIds.Plan, Alice));
        Assert.Null(Check(StageIds.Plan, Facilitator));
        Assert.Equal(RejectionCode.ObserverReadOnly, Check(StageIds.Plan, Observer));
        Assert.Equal(RejectionCode.StageNotOpen, Check(StageIds.Problem, Alice)); // done
        Assert.Equal(RejectionCode.StageNotOpen, Check(StageIds.Action, Facilitator)); // not open yet
        Assert.Equal(RejectionCode.StageNotFound, Check("no-such-stage", Alice));

        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        Assert.Equal(RejectionCode.StageLocked, Check(StageIds.Plan, Alice));
        Assert.Null(Check(StageIds.Plan, Facilitator));
    }

    [Fact]
    public void Only_a_facilitator_changes_who_is_in_the_workshop_and_never_removes_a_facilitator()
    {
        // Rules W3, P6: what the hub asks before moving, removing or signing out, and what the console asks before offering it
        var board = ActionLearningAt(StageIds.Plan);
        foreach (var person in Everyone)
            Assert.Equal(person == Facilitator ? null : RejectionCode.NotAllowed, ParticipantAccess.CheckManage(board.ViewerOf(person)));
        foreach (var target in Everyone)
            foreach (var actor in Everyone)
                Assert.Equal(Decided(board, new RemoveParticipant(target), actor),
                    ParticipantAccess.CheckRemove(board.State, target, board.ViewerOf(actor)));
        Assert.Null(ParticipantAccess.CheckRemove(board.State, Alice, board.ViewerOf(Facilitator)));
        Assert.Null(ParticipantAccess.CheckRemove(board.State, Observer, board.ViewerOf(Facilitator)));
        Assert.Equal(RejectionCode.NotAllowed, ParticipantAccess.CheckRemove(board.State, Facilitator, board.ViewerOf(Facilitator)));
        Assert.Equal(RejectionCode.NotJoined, ParticipantAccess.CheckRemove(board.State, Guid.NewGuid(), board.ViewerOf(Facilitator)));
    }

    [Fact]
    public void Done_is_marked_in_the_current_stage_also_while_it_is_locked()
    {
        // Rule ST9
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        foreach (var person in Everyone)
            foreach (var stageId in new[] { StageIds.Plan, StageIds.Problem, StageIds.Action })
                Assert.Equal(Decided(board, new MarkDone(stageId, true), person),
                    StageAccess.CheckMarkDone(board.State, stageId, board.ViewerOf(person)));
        Assert.Null(StageAccess.CheckMarkDone(board.State, StageIds.Plan, board.ViewerOf(Alice)));
    }

    [Fact]
    public void Advancing_opens_the_stage_after_the_current_one_or_else_the_first_not_yet_opened()
    {
        // Rule ST2
        var board = ActionLearning();
        Assert.Equal(StageIds.Problem, StageOrder.NextToOpen(board.State.Stages)?.Id);

        foreach (var (current, next) in new[] { (StageIds.Problem, StageIds.Plan), (StageIds.Reflection, StageIds.Summary), (StageIds.Summary, null) })
        {
            board.OpenStage(current);
            Assert.Equal(next, StageOrder.NextToOpen(board.State.Stages)?.Id);
        }

        board.Accept(new AdvanceStage(), Facilitator); // the session is finished
        Assert.Null(StageOrder.NextToOpen(board.State.Stages));
        Assert.Equal(RejectionCode.NoNextStage, board.Reject(new AdvanceStage(), Facilitator));
    }

    [Fact]
    public void Note_checks_say_what_deciding_a_note_command_says()
    {
        // Rules N5, N6, H1, H4, ST5
        var board = ActionLearningAt(StageIds.Problem); // private writing: notes are hidden until revealed
        var hidden = board.AddNote(Alice, "私下写的");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = false });
        var alices = board.AddNote(Alice, "会议太多");
        var bobs = board.AddNote(Bob, "流程太长");
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = true });
        var stillHidden = board.AddNote(Alice, "还没公开");
        var notes = new[] { hidden, alices, stillHidden, bobs };

        void CheckAll()
        {
            foreach (var person in Everyone)
                foreach (var noteId in notes)
                {
                    var note = board.Note(noteId);
                    var viewer = board.ViewerOf(person);
                    Assert.Equal(Decided(board, new MoveNote(noteId, 300, 200), person), NoteAccess.CheckMove(board.State, note, viewer));
                    var change = NoteAccess.CheckChange(board.State, note, viewer);
                    Assert.Equal(Decided(board, new EditNote(noteId, "改一下"), person), change);
                    Assert.Equal(Decided(board, new RecolorNote(noteId, NoteColor.Blue), person), change);
                    Assert.Equal(Decided(board, new DeleteNote(noteId), person), change);
                }
        }

        CheckAll();
        Assert.Null(NoteAccess.CheckChange(board.State, board.Note(alices), board.ViewerOf(Alice)));
        Assert.Equal(RejectionCode.NotAllowed, NoteAccess.CheckChange(board.State, board.Note(alices), board.ViewerOf(Bob)));
        Assert.Null(NoteAccess.CheckMove(board.State, board.Note(alices), board.ViewerOf(Bob)));
        Assert.Equal(RejectionCode.HiddenNote, NoteAccess.CheckChange(board.State, board.Note(stillHidden), board.ViewerOf(Facilitator)));
        Assert.Equal(RejectionCode.NoteNotFound, NoteAccess.CheckMove(board.State, board.Note(stillHidden), board.ViewerOf(Bob)));

        board.Accept(new LockStage(StageIds.Problem), Facilitator);
        CheckAll();
        board.Accept(new AdvanceStage(), Facilitator);
        CheckAll();
    }

    [Fact]
    public void Adding_a_note_is_refused_with_the_reason_a_screen_shows()
    {
        // Rules N1, ST5
        var board = ActionLearning();
        RejectionCode? Check(string stageId, Guid person) => NoteAccess.CheckAdd(board.State, stageId, board.ViewerOf(person));

        Assert.Equal(RejectionCode.NoCurrentStage, Check(StageIds.Problem, Alice));
        Assert.Equal(RejectionCode.ObserverReadOnly, Check(StageIds.Problem, Observer));

        board.OpenStage(StageIds.Plan);
        Assert.Null(Check(StageIds.Plan, Alice));
        Assert.Equal(RejectionCode.StageNotOpen, Check(StageIds.Problem, Alice)); // looking back at a done stage
        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        Assert.Equal(RejectionCode.StageLocked, Check(StageIds.Plan, Alice));
        Assert.Null(Check(StageIds.Plan, Facilitator));

        // Deciding says the same once a stage is current.
        foreach (var person in Everyone)
            foreach (var stageId in new[] { StageIds.Plan, StageIds.Problem })
                Assert.Equal(Decided(board, new AddNote(Guid.NewGuid(), stageId, "先做试点", NoteColor.Yellow, 0, 0), person), Check(stageId, person));
    }

    [Fact]
    public void A_note_is_the_rooms_to_work_with_once_revealed()
    {
        // Rules H1, H4, C1, A1
        var board = ActionLearningAt(StageIds.Problem);
        var hidden = board.AddNote(Alice, "私下写的");

        Assert.Equal(RejectionCode.HiddenNote, NoteAccess.CheckRevealed(board.State, hidden, board.ViewerOf(Alice)));
        Assert.Equal(RejectionCode.HiddenNote, ClusterAccess.CheckNote(board.State, hidden, board.ViewerOf(Facilitator)));
        Assert.Equal(RejectionCode.NoteNotFound, NoteAccess.CheckRevealed(board.State, hidden, board.ViewerOf(Bob)));
        Assert.Equal(RejectionCode.NoteNotFound, NoteAccess.CheckRevealed(board.State, Guid.NewGuid(), board.ViewerOf(Alice)));

        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);

        Assert.Null(ClusterAccess.CheckNote(board.State, hidden, board.ViewerOf(Bob)));
    }

    [Fact]
    public void Clustering_and_voting_are_offered_where_deciding_allows_them()
    {
        // Rules C5, V1, ST5
        var board = ActionLearningAt(StageIds.Plan);
        var a = board.AddNote(Alice, "先做试点");
        var b = board.AddNote(Bob, "减少会议");

        foreach (var person in Everyone)
        {
            var viewer = board.ViewerOf(person);
            Assert.Equal(Decided(board, new CreateCluster(Guid.NewGuid(), [a, b], ""), person), ClusterAccess.CheckArrange(board.State, StageIds.Plan, viewer));
            Assert.Equal(Decided(board, new CastVote(a), person), VoteAccess.CheckVote(board.State, StageIds.Plan, viewer));
        }

        board.Configure(StageIds.Plan, s => s with { VoteBudget = 0, MaxVotesPerNote = 1 });
        Assert.Equal(RejectionCode.VotingClosed, VoteAccess.CheckVote(board.State, StageIds.Plan, board.ViewerOf(Alice)));
        Assert.Equal(RejectionCode.VotingClosed, board.Reject(new CastVote(a), Alice));

        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        Assert.Equal(RejectionCode.StageLocked, ClusterAccess.CheckArrange(board.State, StageIds.Plan, board.ViewerOf(Bob)));
        Assert.Null(ClusterAccess.CheckArrange(board.State, StageIds.Plan, board.ViewerOf(Facilitator)));
    }

    [Fact]
    public void Action_item_checks_say_what_deciding_an_action_item_command_says()
    {
        // Rules A1, A3, A4, ST5
        var board = ActionLearningAt(StageIds.Action);
        var make = new CreateActionItem(Guid.NewGuid(), "下周开试点会", new ActionOwner(Bob, null), null, null);
        board.Accept(make, Alice);

        void CheckAll()
        {
            var item = board.State.Actions[make.ActionItemId];
            foreach (var person in Everyone)
            {
                var viewer = board.ViewerOf(person);
                Assert.Equal(Decided(board, make with { ActionItemId = Guid.NewGuid() }, person), ActionItemAccess.CheckCreate(board.State, viewer));
                Assert.Equal(Decided(board, new EditActionItem(item.Id, "改期", new ActionOwner(Bob, null), null), person),
                    ActionItemAccess.CheckEdit(board.State, item, viewer));
                Assert.Equal(Decided(board, new DeleteActionItem(item.Id), person), ActionItemAccess.CheckDelete(board.State, item, viewer));
                Assert.Equal(Decided(board, new UpdateActionProgress(item.Id, ActionStatus.InProgress, "开始了"), person),
                    ActionItemAccess.CheckReportProgress(item, viewer));
            }
        }

        CheckAll();
        var made = board.State.Actions[make.ActionItemId];
        Assert.Null(ActionItemAccess.CheckEdit(board.State, made, board.ViewerOf(Bob))); // its owner edits
        Assert.Equal(RejectionCode.NotAllowed, ActionItemAccess.CheckDelete(board.State, made, board.ViewerOf(Bob))); // but does not delete
        Assert.Equal(RejectionCode.NotAllowed, ActionItemAccess.CheckReportProgress(made, board.ViewerOf(Alice))); // its maker does not report

        board.Accept(new LockStage(StageIds.Action), Facilitator);
        CheckAll();
        board.Accept(new AdvanceStage(), Facilitator);
        CheckAll();
        Assert.Equal(RejectionCode.NotActionStage, ActionItemAccess.CheckCreate(board.State, board.ViewerOf(Facilitator)));
        Assert.Null(ActionItemAccess.CheckReportProgress(made, board.ViewerOf(Bob))); // A4: also after its stage
    }

    [Fact]
    public void Action_item_is_given_to_a_participant_of_the_board_never_to_an_observer()
    {
        // Rule A2
        var board = ActionLearningAt(StageIds.Action);
        foreach (var person in new[] { Alice, Facilitator, Observer, Stranger })
            Assert.Equal(Decided(board, new CreateActionItem(Guid.NewGuid(), "试点", new ActionOwner(person, null), null, null), Bob),
                ActionItemAccess.CheckOwner(board.State, person));
        Assert.Null(ActionItemAccess.CheckOwner(board.State, Facilitator));
        Assert.Equal(RejectionCode.OwnerNotFound, ActionItemAccess.CheckOwner(board.State, Observer));
    }

    [Fact]
    public void Action_item_is_made_from_a_note_the_room_has_seen()
    {
        // Rules A1, H4
        var board = ActionLearningAt(StageIds.Problem);
        var hidden = board.AddNote(Alice, "私下写的");
        board.OpenStage(StageIds.Action);
        var fromHidden = new CreateActionItem(Guid.NewGuid(), "试点", new ActionOwner(Alice, null), null, hidden);

        Assert.Equal(RejectionCode.HiddenNote, ActionItemAccess.CheckCreateFrom(board.State, hidden, board.ViewerOf(Alice)));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(fromHidden, Alice));
        Assert.Equal(RejectionCode.NoteNotFound, ActionItemAccess.CheckCreateFrom(board.State, hidden, board.ViewerOf(Bob)));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(fromHidden, Bob));

        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);

        Assert.Null(ActionItemAccess.CheckCreateFrom(board.State, hidden, board.ViewerOf(Bob)));
        board.Accept(fromHidden, Bob);
    }

    [Fact]
    public void Summary_is_written_where_deciding_allows_it()
    {
        // Rules A7, ST5
        var board = ActionLearningAt(StageIds.Reflection);
        void CheckAll()
        {
            foreach (var person in Everyone)
                Assert.Equal(Decided(board, new WriteSummary("我们学到了"), person), SummaryAccess.CheckWrite(board.State, board.ViewerOf(person)));
        }

        CheckAll();
        Assert.Equal(RejectionCode.NotSummaryStage, SummaryAccess.CheckWrite(board.State, board.ViewerOf(Facilitator)));
        board.OpenStage(StageIds.Summary);
        CheckAll();
        Assert.Null(SummaryAccess.CheckWrite(board.State, board.ViewerOf(Alice)));
        board.Accept(new LockStage(StageIds.Summary), Facilitator);
        CheckAll();
        Assert.Equal(RejectionCode.StageLocked, SummaryAccess.CheckWrite(board.State, board.ViewerOf(Alice)));
    }
}
