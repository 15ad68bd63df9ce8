using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>How the facilitator runs a board through its stages (rules ST1–ST7, ST9; the timer, ST8, is in <see cref="StageTimerTests"/>).</summary>
public class StageTests
{
    private static readonly string[] Order = [StageIds.Problem, StageIds.Plan, StageIds.Action, StageIds.Reflection, StageIds.Summary];

    private static StageStatus[] Statuses(TestBoard board) => [.. board.State.Stages.Select(s => s.Status)];

    private static AddNote NoteFor(string stageId) => new(Guid.NewGuid(), stageId, "想法", NoteColor.Yellow, 0, 0);

    [Fact]
    public void Advancing_from_no_stage_opens_the_first()
    {
        // Rule ST2
        var board = ActionLearning();

        Assert.Equal(new StageAdvanced(null, StageIds.Problem), board.Accept(new AdvanceStage(), Facilitator));

        Assert.Equal(StageIds.Problem, board.State.CurrentStage?.Id);
        Assert.Equal(
            [StageStatus.Open, StageStatus.NotOpen, StageStatus.NotOpen, StageStatus.NotOpen, StageStatus.NotOpen], Statuses(board));
        Assert.Equal(board.Events[^1].At, board.Stage(StageIds.Problem).OpenedAt);
    }

    [Fact]
    public void Advancing_goes_through_all_five_stages_in_order()
    {
        // Rule ST1, ST2
        var board = ActionLearning();
        board.Accept(new AdvanceStage(), Facilitator);

        for (var i = 1; i < Order.Length; i++)
        {
            Assert.Equal(new StageAdvanced(Order[i - 1], Order[i]), board.Accept(new AdvanceStage(), Facilitator));

            Assert.Equal(Order[i], board.State.CurrentStage?.Id);
            Assert.Equal(StageStatus.Done, board.Stage(Order[i - 1]).Status);
            Assert.Equal(board.Events[^1].At, board.Stage(Order[i - 1]).ClosedAt);
            Assert.Equal(board.Events[^1].At, board.Stage(Order[i]).OpenedAt);
            Assert.Single(board.State.Stages, s => s.IsCurrent);
        }
    }

    [Fact]
    public void Advancing_from_the_last_stage_finishes_the_session()
    {
        // Rule ST2
        var board = ActionLearningAt(StageIds.Summary);

        Assert.Equal(new StageAdvanced(StageIds.Summary, null), board.Accept(new AdvanceStage(), Facilitator));

        Assert.Null(board.State.CurrentStage);
        Assert.All(board.State.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
        Assert.Equal(RejectionCode.NoNextStage, board.Reject(new AdvanceStage(), Facilitator));
    }

    [Fact]
    public void Finishing_an_open_brainstorm_leaves_nothing_to_advance_to()
    {
        // Rule ST2, W1
        var board = WithParticipants();

        Assert.Equal(new StageAdvanced(Brainstorm, null), board.Accept(new AdvanceStage(), Facilitator));
        Assert.Equal(RejectionCode.NoNextStage, board.Reject(new AdvanceStage(), Facilitator));
    }

    [Fact]
    public void Advancing_from_a_locked_stage_closes_it()
    {
        // Rule ST2, ST3
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal((StageStatus.Done, StageStatus.Open), (board.Stage(StageIds.Plan).Status, board.Stage(StageIds.Action).Status));
    }

    [Fact]
    public void Locking_freezes_the_open_stage_and_unlocking_opens_it_again()
    {
        // Rule ST3
        var board = ActionLearningAt(StageIds.Plan);

        Assert.Equal(new StageLocked(StageIds.Plan), board.Accept(new LockStage(StageIds.Plan), Facilitator));
        Assert.Equal(StageStatus.Locked, board.Stage(StageIds.Plan).Status);
        Assert.Equal(StageIds.Plan, board.State.CurrentStage?.Id); // still current: visible, frozen

        Assert.Equal(new StageUnlocked(StageIds.Plan), board.Accept(new UnlockStage(StageIds.Plan), Facilitator));
        Assert.Equal(StageStatus.Open, board.Stage(StageIds.Plan).Status);
    }

    [Theory]
    [InlineData(StageIds.Problem)] // done
    [InlineData(StageIds.Action)] // not open
    public void Locking_a_stage_that_is_not_open_is_StageNotOpen(string stageId)
    {
        // Rule ST3
        var board = ActionLearningAt(StageIds.Plan);

        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new LockStage(stageId), Facilitator));
    }

    [Fact]
    public void Locking_twice_or_unlocking_an_unlocked_stage_is_StageNotOpen()
    {
        // Rule ST3
        var board = ActionLearningAt(StageIds.Plan);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new UnlockStage(StageIds.Plan), Facilitator));
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new UnlockStage(StageIds.Problem), Facilitator));

        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new LockStage(StageIds.Plan), Facilitator));
    }

    [Fact]
    public void Stage_commands_on_an_unknown_stage_are_StageNotFound()
    {
        // Rule ST1
        var board = ActionLearningAt(StageIds.Plan);
        BoardCommand[] commands =
        [
            new LockStage("nope"), new UnlockStage("nope"), new ReopenStage("nope"), new RevealNotes("nope"), new RevealVotes("nope"),
            new ChangeStageSettings("nope", StageSettings.Open), new ControlTimer("nope", TimerAction.Start, 60),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.StageNotFound, board.Reject(command, Facilitator));
        Assert.Equal(RejectionCode.StageNotFound, board.Reject(new MarkDone("nope", true), Alice));
    }

    [Fact]
    public void Reopening_a_done_stage_opens_it_and_closes_the_current_one()
    {
        // Rule ST4
        var board = ActionLearningAt(StageIds.Action);
        var firstOpened = board.Stage(StageIds.Problem).OpenedAt;

        Assert.Equal(new StageReopened(StageIds.Problem, StageIds.Action), board.Accept(new ReopenStage(StageIds.Problem), Facilitator));

        Assert.Equal(
            [StageStatus.Open, StageStatus.Done, StageStatus.Done, StageStatus.NotOpen, StageStatus.NotOpen], Statuses(board));
        Assert.Equal(firstOpened, board.Stage(StageIds.Problem).OpenedAt);
        Assert.Null(board.Stage(StageIds.Problem).ClosedAt);
        Assert.Equal(board.Events[^1].At, board.Stage(StageIds.Action).ClosedAt);
        Assert.Single(board.State.Stages, s => s.IsCurrent);
    }

    [Fact]
    public void Reopening_closes_a_locked_current_stage_too()
    {
        // Rule ST1, ST4
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        board.Accept(new ReopenStage(StageIds.Problem), Facilitator);

        Assert.Equal((StageStatus.Open, StageStatus.Done), (board.Stage(StageIds.Problem).Status, board.Stage(StageIds.Plan).Status));
    }

    [Fact]
    public void Reopening_after_the_session_finished_closes_nothing()
    {
        // Rule ST4
        var board = ActionLearningAt(StageIds.Summary);
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal(new StageReopened(StageIds.Reflection, null), board.Accept(new ReopenStage(StageIds.Reflection), Facilitator));
        Assert.Equal(StageIds.Reflection, board.State.CurrentStage?.Id);
    }

    [Fact]
    public void Advancing_after_a_reopen_goes_on_to_the_next_stage_in_order()
    {
        // Rule ST2, ST4: the next stage opens even if it was done before
        var board = ActionLearningAt(StageIds.Action);
        board.Accept(new ReopenStage(StageIds.Problem), Facilitator);

        Assert.Equal(new StageAdvanced(StageIds.Problem, StageIds.Plan), board.Accept(new AdvanceStage(), Facilitator));
        Assert.Equal(StageStatus.Open, board.Stage(StageIds.Plan).Status);
    }

    [Theory]
    [InlineData(StageIds.Plan)] // open
    [InlineData(StageIds.Action)] // not open yet
    public void Reopening_a_stage_that_is_not_done_is_StageNotDone(string stageId)
    {
        // Rule ST4
        var board = ActionLearningAt(StageIds.Plan);

        Assert.Equal(RejectionCode.StageNotDone, board.Reject(new ReopenStage(stageId), Facilitator));

        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        Assert.Equal(RejectionCode.StageNotDone, board.Reject(new ReopenStage(StageIds.Plan), Facilitator));
    }

    [Fact]
    public void In_a_locked_stage_participants_are_refused_with_StageLocked()
    {
        // Rule ST3, ST5
        var board = ActionLearningAt(StageIds.Plan);
        var own = board.AddNote(Alice, "我的");
        var other = board.AddNote(Bob, "他的");
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [own, other]), Alice);
        board.Accept(new CastVote(own), Alice);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        BoardCommand[] commands =
        [
            NoteFor(StageIds.Plan), new EditNote(own, "改"), new RecolorNote(own, NoteColor.Blue), new MoveNote(own, 5, 5),
            new DeleteNote(own), new CreateCluster(Guid.NewGuid(), [own, other]), new RemoveFromCluster(own),
            new AddToCluster(own, cluster), new RenameCluster(cluster, "新名"), new DissolveCluster(cluster),
            new CastVote(other), new RetractVote(own),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.StageLocked, board.Reject(command, Alice));
    }

    [Fact]
    public void In_a_locked_stage_facilitators_still_change_things()
    {
        // Rule ST3, ST5
        var board = ActionLearningAt(StageIds.Plan);
        var note = board.AddNote(Alice, "她的");
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        var mine = board.AddNote(Facilitator, "补充");
        board.Accept(new EditNote(note, "整理后"), Facilitator);
        board.Accept(new MoveNote(note, 10, 10), Facilitator);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [note, mine], "归类"), Facilitator);
        board.Accept(new RenameCluster(cluster, "改名"), Facilitator);
        board.Accept(new CastVote(cluster), Facilitator);
        board.Accept(new RetractVote(cluster), Facilitator);
        board.Accept(new DissolveCluster(cluster), Facilitator);
        board.Accept(new DeleteNote(note), Facilitator);

        Assert.Equal([mine], board.State.NotesOf(StageIds.Plan).Select(n => n.Id));
    }

    [Fact]
    public void Things_of_a_stage_that_is_not_current_are_refused_with_StageNotOpen()
    {
        // Rule ST5: notes, clusters, votes and done flags of other stages
        var board = ActionLearningAt(StageIds.Plan);
        var a = board.AddNote(Alice);
        var b = board.AddNote(Bob);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b]), Alice);
        board.Accept(new CastVote(a), Alice);
        board.Accept(new AdvanceStage(), Facilitator);
        BoardCommand[] commands =
        [
            new CreateCluster(Guid.NewGuid(), [a, b]), new RemoveFromCluster(a), new AddToCluster(a, cluster), new RenameCluster(cluster, "x"),
            new DissolveCluster(cluster), new CastVote(b), new RetractVote(a), new MarkDone(StageIds.Plan, true),
            new MarkDone(StageIds.Summary, true),
        ];

        foreach (var actor in new[] { Alice, Facilitator })
            foreach (var command in commands)
                Assert.Equal(RejectionCode.StageNotOpen, board.Reject(command, actor));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(20, 20, 0)]
    [InlineData(20, 1, StageSettings.MaxTimerSeconds)]
    [InlineData(1, 1, 1)]
    public void Settings_within_range_are_accepted(int budget, int maxPerNote, int timerSeconds)
    {
        // Rule ST6
        var board = ActionLearningAt(StageIds.Plan);
        var settings = new StageSettings(true, true, true, budget, maxPerNote, true, timerSeconds);

        Assert.Equal(new StageSettingsChanged(StageIds.Plan, settings),
            board.Accept(new ChangeStageSettings(StageIds.Plan, settings), Facilitator));
        Assert.Equal(settings, board.Stage(StageIds.Plan).Settings);
    }

    [Theory]
    [InlineData(-1, 1, 0)] // budget below 0
    [InlineData(21, 1, 0)] // budget above 20
    [InlineData(5, 0, 0)] // at least one vote per note
    [InlineData(5, 6, 0)] // no more per note than the budget
    [InlineData(0, 2, 0)]
    [InlineData(5, 1, -1)] // timer below 0
    [InlineData(5, 1, StageSettings.MaxTimerSeconds + 1)] // timer above 3 h
    [InlineData(int.MinValue, int.MinValue, int.MinValue)]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue)]
    public void Settings_out_of_range_are_InvalidSettings(int budget, int maxPerNote, int timerSeconds)
    {
        // Rule ST6
        var board = ActionLearningAt(StageIds.Plan);
        var settings = new StageSettings(false, false, true, budget, maxPerNote, false, timerSeconds);

        Assert.Equal(RejectionCode.InvalidSettings, board.Reject(new ChangeStageSettings(StageIds.Plan, settings), Facilitator));
    }

    [Theory]
    [InlineData(StageIds.Problem)] // done
    [InlineData(StageIds.Plan)] // open
    [InlineData(StageIds.Summary)] // not open
    public void Settings_change_at_any_time(string stageId)
    {
        // Rule ST6
        var board = ActionLearningAt(StageIds.Plan);

        board.Configure(stageId, s => s with { VoteBudget = 9, MaxVotesPerNote = 4, TimerSeconds = 60 });

        Assert.Equal((9, 4, 60), (board.Stage(stageId).Settings.VoteBudget, board.Stage(stageId).Settings.MaxVotesPerNote,
            board.Stage(stageId).Settings.TimerSeconds));
    }

    [Fact]
    public void Settings_change_in_a_locked_stage()
    {
        // Rule ST6
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        board.Configure(StageIds.Plan, s => s with { VotesHidden = false });

        Assert.False(board.Stage(StageIds.Plan).Settings.VotesHidden);
    }

    [Fact]
    public void Private_writing_and_anonymity_are_fixed_on_each_note_when_it_is_written()
    {
        // Rule ST6, H1, H3
        var board = ActionLearningAt(StageIds.Problem);
        var before = board.AddNote(Alice, "私下写的");
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = false, AnonymousAuthors = false });
        var after = board.AddNote(Alice, "公开写的");
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = true, AnonymousAuthors = true, FacilitatorSeesAuthors = true });

        Assert.Equal((true, NoteAnonymity.HiddenFromEveryone), (board.Note(before).Hidden, board.Note(before).Anonymity));
        Assert.Equal((false, NoteAnonymity.Named), (board.Note(after).Hidden, board.Note(after).Anonymity));
    }

    [Theory]
    [InlineData(false, false, NoteAnonymity.Named)]
    [InlineData(false, true, NoteAnonymity.Named)]
    [InlineData(true, true, NoteAnonymity.HiddenFromParticipants)]
    [InlineData(true, false, NoteAnonymity.HiddenFromEveryone)]
    public void Anonymity_of_a_note_follows_the_settings_when_it_is_written(bool anonymous, bool facilitatorSees, NoteAnonymity expected)
    {
        // Rule ST6, H3
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = anonymous, FacilitatorSeesAuthors = facilitatorSees });

        var note = board.AddNote(Alice);

        Assert.Equal(expected, board.Note(note).Anonymity);
        Assert.Equal(Alice, board.Note(note).AuthorId); // the server always knows
    }

    [Fact]
    public void Running_stages_is_for_facilitators_only()
    {
        // Rule ST7
        var board = ActionLearningAt(StageIds.Plan);
        BoardCommand[] commands =
        [
            new AdvanceStage(), new LockStage(StageIds.Plan), new UnlockStage(StageIds.Plan), new ReopenStage(StageIds.Problem),
            new ChangeStageSettings(StageIds.Plan, StageSettings.Open), new RevealNotes(StageIds.Problem), new RevealVotes(StageIds.Plan),
            new ControlTimer(StageIds.Plan, TimerAction.Start, 60),
        ];

        foreach (var command in commands)
        {
            Assert.Equal(RejectionCode.NotAllowed, board.Reject(command, Alice));
            Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(command, Observer));
            Assert.Equal(RejectionCode.NotJoined, board.Reject(command, Stranger));
        }
    }

    [Fact]
    public void Stage_commands_of_a_participant_are_refused_even_when_they_would_fail_anyway()
    {
        // Rule ST7: the role is checked first, so a participant learns nothing about the stages from the reason
        var board = ActionLearningAt(StageIds.Plan);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new LockStage("nope"), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new ReopenStage(StageIds.Plan), Alice));
    }

    [Fact]
    public void Participant_marks_themselves_done_and_not_done()
    {
        // Rule ST9
        var board = ActionLearningAt(StageIds.Plan);

        Assert.Equal(new DoneMarked(StageIds.Plan, true), board.Accept(new MarkDone(StageIds.Plan, true), Alice));
        board.Accept(new MarkDone(StageIds.Plan, true), Bob);
        board.Accept(new MarkDone(StageIds.Plan, true), Alice); // again: no change
        Assert.Equal([Alice, Bob], board.Stage(StageIds.Plan).Done.Order());

        board.Accept(new MarkDone(StageIds.Plan, false), Alice);
        Assert.Equal([Bob], board.Stage(StageIds.Plan).Done);
    }

    [Fact]
    public void Done_flags_are_per_stage()
    {
        // Rule ST9
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new MarkDone(StageIds.Plan, true), Alice);

        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal([Alice], board.Stage(StageIds.Plan).Done);
        Assert.Empty(board.Stage(StageIds.Action).Done);
    }

    [Fact]
    public void Everyone_sees_who_is_done()
    {
        // Rule ST9: the done flag and who set it reach everyone, unlike anonymous notes and votes
        var board = ActionLearningAt(StageIds.Problem);

        board.Accept(new MarkDone(StageIds.Problem, true), Alice);

        foreach (var person in new[] { Bob, Observer, Facilitator })
        {
            var received = board.Received(person)[^1];
            Assert.Equal((Alice, (BoardEvent)new DoneMarked(StageIds.Problem, true)), (received.ActorId, received.Event));
            Assert.Equal([Alice], board.ClientState(person).StageById(StageIds.Problem)!.Done);
        }
        Assert.Equal([Alice], Visibility.Snapshot(board.State, Viewer.AnyParticipant).StageById(StageIds.Problem)!.Done);
    }

    [Fact]
    public void Facilitator_may_mark_done_too()
    {
        // Rule ST9
        var board = ActionLearningAt(StageIds.Plan);

        board.Accept(new MarkDone(StageIds.Plan, true), Facilitator);

        Assert.Equal([Facilitator], board.Stage(StageIds.Plan).Done);
    }

    [Fact]
    public void Reopened_stage_counts_the_time_of_each_run_but_not_the_time_between()
    {
        // Rule A9
        var board = ActionLearningAt(StageIds.Problem);
        var t0 = Start.AddHours(1);
        board.Now = t0;
        board.Accept(new AdvanceStage(), Facilitator); // Problem done after 0 min, Plan opens at t0
        board.Now = t0.AddMinutes(10);
        board.Accept(new AdvanceStage(), Facilitator); // Plan ran 10 min
        board.Now = t0.AddMinutes(25);
        board.Accept(new ReopenStage(StageIds.Plan), Facilitator); // 15 min away
        Assert.Equal(TimeSpan.FromMinutes(12), board.Stage(StageIds.Plan).RunningTime(t0.AddMinutes(27)));
        board.Now = t0.AddMinutes(30);
        board.Accept(new AdvanceStage(), Facilitator); // and 5 more

        Assert.Equal(TimeSpan.FromMinutes(15), board.Stage(StageIds.Plan).Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(15), board.Stage(StageIds.Plan).RunningTime(t0.AddHours(5)));
    }
}
