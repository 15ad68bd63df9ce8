using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rules H1–H4: what is never sent to a browser that may not see it. Checked on what each person's browser receives and holds
/// (<see cref="TestBoard.Received"/>, <see cref="TestBoard.ClientState"/>), projected as the hub sends it.
/// </summary>
public class PrivacyTests
{
    private const string Secret = "我担心领导不听意见";

    /// <summary>The problem stage: private writing, authors anonymous even to facilitators (W1).</summary>
    private static TestBoard AtProblem() => ActionLearningAt(StageIds.Problem);

    private static void AssertPlaceholder(EventEnvelope received, EventEnvelope stored)
    {
        Assert.Equal(new EventEnvelope(stored.Seq, Guid.Empty, Guid.Empty, stored.At, new EventHidden()), received);
    }

    [Fact]
    public void Note_written_during_private_writing_is_hidden()
    {
        // Rule H1
        var board = AtProblem();

        var id = board.AddNote(Alice, Secret);

        Assert.True(board.Note(id).Hidden);
        Assert.Equal(Alice, board.Note(id).AuthorId);
    }

    [Fact]
    public void Hidden_note_is_seen_by_its_author_and_the_facilitators_only()
    {
        // Rule H1
        var board = AtProblem();
        var id = board.AddNote(Alice, Secret);

        Assert.True(Visibility.CanSee(board.Note(id), board.ViewerOf(Alice)));
        Assert.True(Visibility.CanSee(board.Note(id), board.ViewerOf(Facilitator)));
        Assert.True(Visibility.CanSee(board.Note(id), Viewer.AnyFacilitator));
        Assert.False(Visibility.CanSee(board.Note(id), board.ViewerOf(Bob)));
        Assert.False(Visibility.CanSee(board.Note(id), board.ViewerOf(Observer)));
        Assert.False(Visibility.CanSee(board.Note(id), Viewer.AnyParticipant));

        Assert.Equal(Secret, board.ClientState(Alice).Notes[id].Text);
        Assert.Equal(Secret, board.ClientState(Facilitator).Notes[id].Text);
        Assert.Empty(board.ClientState(Bob).Notes);
        Assert.Empty(board.ClientState(Observer).Notes);
        Assert.Empty(Visibility.Snapshot(board.State, board.ViewerOf(Carol)).Notes);
    }

    [Fact]
    public void Hidden_note_reaches_others_as_a_content_free_placeholder()
    {
        // Rule H1
        var board = AtProblem();

        board.AddNote(Alice, Secret);

        var stored = board.Events[^1];
        AssertPlaceholder(board.Received(Bob)[^1], stored);
        AssertPlaceholder(board.Received(Observer)[^1], stored);
        Assert.DoesNotContain(Secret, Json(board.Received(Bob)), StringComparison.Ordinal);
        Assert.Equal(stored, board.Received(Alice)[^1]);
        Assert.IsType<NoteAdded>(board.Received(Facilitator)[^1].Event);
    }

    [Fact]
    public void Changes_to_a_hidden_note_reach_others_as_placeholders_and_keep_their_sequence_unbroken()
    {
        // Rule H1
        var board = AtProblem();
        var id = board.AddNote(Alice, "草稿");

        board.Accept(new EditNote(id, Secret), Alice);
        board.Accept(new MoveNote(id, 300, 300), Alice);
        board.Accept(new RecolorNote(id, NoteColor.Pink), Alice);
        board.Accept(new DeleteNote(id), Alice);

        var received = board.Received(Bob);
        for (var i = 1; i <= 5; i++)
            AssertPlaceholder(received[^i], board.Events[^i]);
        Assert.Equal(Enumerable.Range((int)received[0].Seq, received.Count).Select(i => (long)i), received.Select(e => e.Seq));
        Assert.Equal(board.State.Seq, received[^1].Seq);
        Assert.Equal(board.State.Seq, board.ClientState(Bob).Seq);
        Assert.DoesNotContain(Secret, Json(received), StringComparison.Ordinal);
        Assert.Contains(Secret, Json(board.Received(Facilitator)), StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_elses_hidden_note_does_not_exist_for_a_participant()
    {
        // Rule H1, H4
        var board = AtProblem();
        var id = board.AddNote(Alice, Secret);
        var mine = board.AddNote(Bob, "我的");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        var other = board.AddNote(Carol, "陈的");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        var fresh = board.AddNote(Alice, "又写一张");
        BoardCommand[] commands =
        [
            new EditNote(fresh, "x"), new RecolorNote(fresh, NoteColor.Blue), new MoveNote(fresh, 1, 1), new DeleteNote(fresh),
            new CastVote(fresh), new RetractVote(fresh), new AddToCluster(fresh, Guid.NewGuid()), new RemoveFromCluster(fresh),
            new CreateCluster(Guid.NewGuid(), [mine, fresh]), new CreateCluster(Guid.NewGuid(), [fresh, other]),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.NoteNotFound, board.Reject(command, Bob));
        Assert.True(board.Note(fresh).Hidden);
        Assert.False(board.Note(id).Hidden);
    }

    [Fact]
    public void Reveal_makes_the_stages_hidden_notes_visible_to_everyone()
    {
        // Rule H2
        var board = AtProblem();
        var alices = board.AddNote(Alice, Secret);
        var carols = board.AddNote(Carol, "陈的问题");

        Assert.Equal(new NotesRevealed(StageIds.Problem), board.Accept(new RevealNotes(StageIds.Problem), Facilitator));

        Assert.All(board.State.Notes.Values, n => Assert.False(n.Hidden));
        foreach (var person in new[] { Bob, Observer, Alice, Carol, Facilitator })
            Assert.Equal([alices, carols], board.ClientState(person).NotesOf(StageIds.Problem).Select(n => n.Id));
        Assert.Equal(Secret, board.ClientState(Bob).Notes[alices].Text);
    }

    [Fact]
    public void Reveal_carries_to_each_viewer_the_notes_they_had_not_seen_as_they_are_now()
    {
        // Rule H2: edits and moves made while hidden arrive with the reveal
        var board = AtProblem();
        var id = board.AddNote(Alice, "草稿");
        board.Accept(new EditNote(id, Secret), Alice);
        board.Accept(new MoveNote(id, -50, 70), Alice);

        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);

        var toBob = Assert.IsType<NotesRevealed>(board.Received(Bob)[^1].Event);
        var note = Assert.Single(toBob.Notes!);
        Assert.Equal((id, Secret, -50d, 70d, false), (note.Id, note.Text, note.X, note.Y, note.Hidden));
        Assert.Empty(Assert.IsType<NotesRevealed>(board.Received(Facilitator)[^1].Event).Notes!);
        Assert.Equal(board.Events[^1], board.Received(Facilitator)[^1] with { Event = new NotesRevealed(StageIds.Problem) });
    }

    [Fact]
    public void Reveal_is_for_one_stage()
    {
        // Rule H2
        var board = AtProblem();
        var problem = board.AddNote(Alice, "问题阶段的");
        board.Accept(new AdvanceStage(), Facilitator);
        board.Configure(StageIds.Plan, s => s with { PrivateWriting = true });
        var plan = board.AddNote(Alice, "计划阶段的");

        board.Accept(new RevealNotes(StageIds.Plan), Facilitator);

        Assert.True(board.Note(problem).Hidden);
        Assert.False(board.Note(plan).Hidden);
        Assert.Equal([plan], board.ClientState(Bob).Notes.Keys);
    }

    [Fact]
    public void Notes_written_after_a_reveal_are_hidden_again_while_private_writing_is_on()
    {
        // Rule H1, H2, ST6
        var board = AtProblem();
        board.AddNote(Alice, "第一张");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);

        var later = board.AddNote(Alice, "第二张");

        Assert.True(board.Note(later).Hidden);
        Assert.DoesNotContain(later, board.ClientState(Bob).Notes.Keys);
    }

    [Fact]
    public void Anonymous_note_never_carries_its_author_to_other_participants()
    {
        // Rule H3
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = true, FacilitatorSeesAuthors = true });

        var id = board.AddNote(Alice, "匿名但公开");

        foreach (var person in new[] { Bob, Observer })
        {
            Assert.Equal(Guid.Empty, board.Received(person)[^1].ActorId);
            Assert.Equal(Guid.Empty, board.ClientState(person).Notes[id].AuthorId);
        }
        Assert.Equal(Alice, board.ClientState(Alice).Notes[id].AuthorId);
        Assert.Equal(Guid.Empty, Visibility.Snapshot(board.State, Viewer.AnyParticipant).Notes[id].AuthorId);
    }

    [Fact]
    public void Action_item_made_from_an_anonymous_note_does_not_name_its_maker_nor_do_the_makers_later_changes()
    {
        // Rule H3: whoever turns an anonymous note into an action is often its author
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = true, FacilitatorSeesAuthors = false });
        var note = board.AddNote(Alice, "匿名的办法");
        board.OpenStage(StageIds.Action);
        var item = Guid.NewGuid();
        board.Accept(new CreateActionItem(item, "匿名的办法", new ActionOwner(null, "HR"), null, note), Alice);
        board.Accept(new EditActionItem(item, "匿名的办法，下周试", new ActionOwner(null, "HR")), Alice);

        foreach (var person in new[] { Bob, Observer, Facilitator })
        {
            Assert.All(board.Received(person).TakeLast(2), e => Assert.Equal(Guid.Empty, e.ActorId));
            Assert.Equal(Guid.Empty, board.ClientState(person).Actions[item].CreatedBy);
            Assert.Equal(Guid.Empty, Visibility.Snapshot(board.State, board.ViewerOf(person)).Actions[item].CreatedBy);
        }
        Assert.Equal(Alice, board.ClientState(Alice).Actions[item].CreatedBy);
        Assert.Equal(Alice, Visibility.Snapshot(board.State, board.ViewerOf(Alice)).Actions[item].CreatedBy);

        // The facilitator's own change is theirs to show
        board.Accept(new EditActionItem(item, "匿名的办法，下周二试", new ActionOwner(null, "HR")), Facilitator);
        Assert.Equal(Facilitator, board.Received(Bob)[^1].ActorId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Facilitators_see_an_anonymous_author_only_if_the_setting_allowed_it_when_the_note_was_written(bool facilitatorSees)
    {
        // Rule H3
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = true, FacilitatorSeesAuthors = facilitatorSees });
        var id = board.AddNote(Alice, "谁写的？");

        board.Configure(StageIds.Plan, s => s with { FacilitatorSeesAuthors = !facilitatorSees }); // too late for this note

        var expected = facilitatorSees ? Alice : Guid.Empty;
        Assert.Equal(expected, board.ClientState(Facilitator).Notes[id].AuthorId);
        Assert.Equal(expected, Visibility.Snapshot(board.State, board.ViewerOf(Facilitator)).Notes[id].AuthorId);
        Assert.Equal(Alice, board.ClientState(Alice).Notes[id].AuthorId);
    }

    [Fact]
    public void Hidden_anonymous_note_reaches_facilitators_without_its_author()
    {
        // Rule H1, H3: the problem stage's notes are hidden and anonymous even to facilitators
        var board = AtProblem();

        var id = board.AddNote(Alice, Secret);

        var received = board.Received(Facilitator)[^1];
        Assert.Equal(Guid.Empty, received.ActorId);
        Assert.Equal((Guid.Empty, true), (board.ClientState(Facilitator).Notes[id].AuthorId, board.ClientState(Facilitator).Notes[id].Hidden));
    }

    [Fact]
    public void Who_edited_moved_recoloured_or_deleted_an_anonymous_note_is_not_sent()
    {
        // Rule H3: not the author, and not anyone else either, since a change could give the author away
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = true, FacilitatorSeesAuthors = false });
        var id = board.AddNote(Alice, "匿名");

        board.Accept(new EditNote(id, "匿名，改过"), Alice);
        board.Accept(new MoveNote(id, 9, 9), Bob);
        board.Accept(new RecolorNote(id, NoteColor.Green), Facilitator);
        board.Accept(new DeleteNote(id), Alice);

        foreach (var person in new[] { Carol, Observer })
            Assert.All(board.Received(person).TakeLast(4), e => Assert.Equal(Guid.Empty, e.ActorId));
        var toFacilitator = board.Received(Facilitator);
        Assert.Equal([Guid.Empty, Guid.Empty, Facilitator, Guid.Empty], toFacilitator.TakeLast(4).Select(e => e.ActorId));
        Assert.Equal(Alice, board.Received(Alice)[^1].ActorId); // each actor's own view of their own change
        Assert.Equal(Bob, board.Received(Bob)[^3].ActorId);
    }

    [Fact]
    public void Named_note_carries_its_author_and_who_changed_it()
    {
        // Rule H3: only anonymous notes lose their authors
        var board = ActionLearningAt(StageIds.Plan);
        var id = board.AddNote(Alice, "署名");
        board.Accept(new MoveNote(id, 9, 9), Bob);

        Assert.Equal(Alice, board.ClientState(Carol).Notes[id].AuthorId);
        Assert.Equal([Alice, Bob], board.Received(Carol).TakeLast(2).Select(e => e.ActorId));
    }

    [Fact]
    public void Revealed_anonymous_note_stays_anonymous()
    {
        // Rule H2, H3
        var board = AtProblem();
        var id = board.AddNote(Alice, Secret);

        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);

        var revealed = Assert.Single(Assert.IsType<NotesRevealed>(board.Received(Bob)[^1].Event).Notes!);
        Assert.Equal(Guid.Empty, revealed.AuthorId);
        Assert.Equal(Guid.Empty, board.ClientState(Bob).Notes[id].AuthorId);
        Assert.Equal(Guid.Empty, board.ClientState(Facilitator).Notes[id].AuthorId);
        Assert.Equal(Alice, board.ClientState(Alice).Notes[id].AuthorId);
        Assert.DoesNotContain(Alice.ToString(), Json(board.Received(Bob)[^1]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void While_hidden_only_its_author_changes_a_note()
    {
        // Rule H4: facilitators see it but may not change it
        var board = AtProblem();
        var id = board.AddNote(Alice, "草稿");

        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new EditNote(id, "改"), Facilitator));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new RecolorNote(id, NoteColor.Blue), Facilitator));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new MoveNote(id, 1, 1), Facilitator));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new DeleteNote(id), Facilitator));

        board.Accept(new EditNote(id, Secret), Alice);
        board.Accept(new MoveNote(id, 1, 1), Alice);
        Assert.Equal((Secret, true), (board.Note(id).Text, board.Note(id).Hidden));
    }

    [Fact]
    public void Hidden_notes_are_not_clustered()
    {
        // Rule H4, C1
        var board = AtProblem();
        var a = board.AddNote(Alice, "甲");
        var b = board.AddNote(Bob, "乙");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b]), Carol);
        var hidden = board.AddNote(Carol, "还没公开");

        foreach (var actor in new[] { Carol, Facilitator }) // its author and a facilitator see it, and are told why
        {
            Assert.Equal(RejectionCode.HiddenNote, board.Reject(new CreateCluster(Guid.NewGuid(), [hidden, a]), actor));
            Assert.Equal(RejectionCode.HiddenNote, board.Reject(new CreateCluster(Guid.NewGuid(), [a, hidden]), actor));
            Assert.Equal(RejectionCode.HiddenNote, board.Reject(new AddToCluster(hidden, cluster), actor));
        }
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new AddToCluster(hidden, cluster), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CreateCluster(Guid.NewGuid(), [a, hidden]), Alice));
    }

    [Fact]
    public void Hidden_notes_are_not_voted_on()
    {
        // Rule H4, V1: whoever sends it, a vote on a hidden note is refused and changes nothing
        var board = AtProblem();
        var hidden = board.AddNote(Alice, "草稿");

        foreach (var actor in new[] { Alice, Bob, Facilitator })
            board.Reject(new CastVote(hidden), actor);
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CastVote(hidden), Bob));
    }

    [Fact]
    public void Vote_on_a_hidden_note_one_can_see_is_refused_with_HiddenNote()
    {
        // Rule H4 (HiddenNote), H1 (NoteNotFound is for those to whom the note does not exist).
        // FAILS: VoteRules.StageOfTarget treats a hidden note as missing for everyone, so its author and the facilitators —
        // who see it — are told NoteNotFound ("That note no longer exists"), where clustering the same note says HiddenNote.
        var board = AtProblem();
        var hidden = board.AddNote(Alice, "草稿");

        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new CastVote(hidden), Alice));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new CastVote(hidden), Facilitator));
    }

    [Fact]
    public void Snapshot_of_a_participant_shows_only_what_they_may_see()
    {
        // Rule H1, H3, V4: the snapshot a browser joins with
        var board = AtProblem();
        var hidden = board.AddNote(Alice, Secret);
        var own = board.AddNote(Bob, "我的");
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = false });
        var open = board.AddNote(Carol, "公开但匿名");
        board.Accept(new CastVote(open), Alice);

        var seen = Visibility.Snapshot(board.State, board.ViewerOf(Bob));

        Assert.Equal([own, open], seen.NotesInOrder().Select(n => n.Id));
        Assert.Equal(Bob, seen.Notes[own].AuthorId);
        Assert.Equal(Guid.Empty, seen.Notes[open].AuthorId);
        Assert.Empty(seen.Votes); // Alice's vote is hidden
        Assert.DoesNotContain(Secret, SnapshotJson(seen), StringComparison.Ordinal);
        Assert.Contains(hidden, board.State.Notes.Keys);
    }

    [Fact]
    public void Snapshot_changes_nothing_but_notes_and_votes()
    {
        // The stages, clusters and participants are everyone's to see
        var board = AtProblem();
        board.AddNote(Alice, Secret);
        board.Accept(new MarkDone(StageIds.Problem, true), Alice);

        var seen = Visibility.Snapshot(board.State, Viewer.AnyParticipant);

        Assert.Same(board.State.Stages, seen.Stages);
        Assert.Same(board.State.Clusters, seen.Clusters);
        Assert.Same(board.State.Participants, seen.Participants);
        Assert.Equal((board.State.Seq, board.State.Title), (seen.Seq, seen.Title));
    }

    [Fact]
    public void Viewer_roles_decide_what_is_seen_not_their_ids()
    {
        Assert.True(Viewer.AnyFacilitator.IsFacilitator);
        Assert.False(Viewer.AnyParticipant.IsFacilitator);
        Assert.False(new Viewer(Alice, ParticipantRole.Observer).IsFacilitator);
        Assert.Equal(Guid.Empty, Viewer.AnyParticipant.ParticipantId);
    }
}
