using System.Text.Json;
using System.Text.Json.Nodes;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>Rule N10: a deleted note is kept for a while, and its author or a facilitator brings it back.</summary>
public class RestoreTests
{
    [Fact]
    public void Author_restores_their_deleted_note_as_it_was()
    {
        // Rule N10
        var board = WithParticipants();
        var id = board.AddNote(Alice, "会议太多", NoteColor.Pink, x: 300, y: 40);
        var before = board.Note(id);
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(new DeletedNote(before, Alice, board.Events[^1].At), board.State.Deleted[id]);

        Assert.Equal(new NoteRestored(id), board.Accept(new RestoreNote(id), Alice));
        Assert.Equal(before with { UpdatedAt = board.Events[^1].At }, board.Note(id));
        Assert.Empty(board.State.Deleted);
    }

    [Fact]
    public void Facilitator_restores_anyones_note_but_another_trainee_may_not()
    {
        // Rules N10, N5
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RestoreNote(id), Bob));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new RestoreNote(id), Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new RestoreNote(id), Stranger));
        board.Accept(new RestoreNote(id), Facilitator);

        Assert.Equal(Alice, board.Note(id).AuthorId);
    }

    [Fact]
    public void A_note_on_the_board_or_never_kept_is_not_restored()
    {
        // Rule N10, N7
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        Assert.Equal(RejectionCode.NoteNotDeleted, board.Reject(new RestoreNote(id), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RestoreNote(Guid.NewGuid()), Facilitator));
        board.Accept(new DeleteNote(id), Alice);
        board.Accept(new RestoreNote(id), Alice);
        Assert.Equal(RejectionCode.NoteNotDeleted, board.Reject(new RestoreNote(id), Facilitator)); // restored twice
    }

    [Fact]
    public void Restoring_follows_the_stage_rules()
    {
        // Rules N10, ST5: a locked stage is the facilitator's; a stage that is done changes no more
        var board = ActionLearningAt(StageIds.Plan);
        var id = board.AddNote(Alice);
        board.Accept(new DeleteNote(id), Alice);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);

        Assert.Equal(RejectionCode.StageLocked, board.Reject(new RestoreNote(id), Alice));
        Assert.Equal(RejectionCode.StageLocked, NoteAccess.CheckRestore(board.State, id, board.ViewerOf(Alice)));
        Assert.Null(NoteAccess.CheckRestore(board.State, id, board.ViewerOf(Facilitator)));

        board.Accept(new UnlockStage(StageIds.Plan), Facilitator);
        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new RestoreNote(id), Alice));
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new RestoreNote(id), Facilitator));
    }

    [Fact]
    public void A_restored_note_rejoins_its_cluster_only_while_that_exists()
    {
        // Rules N10, C2
        var board = WithParticipants();
        var (a, b, c) = (board.AddNote(Alice), board.AddNote(Bob), board.AddNote(Alice));
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b, c], "会议"), Bob);
        board.Accept(new DeleteNote(a), Alice);
        board.Accept(new RestoreNote(a), Alice);
        Assert.Equal(cluster, board.Note(a).ClusterId);

        var lone = Guid.NewGuid();
        board.Accept(new CreateCluster(lone, [a, c]), Bob);
        board.Accept(new DeleteNote(a), Alice);
        board.Accept(new DeleteNote(c), Alice); // the cluster is left empty and is gone
        Assert.False(board.State.Clusters.ContainsKey(lone));
        board.Accept(new RestoreNote(a), Alice);

        Assert.Null(board.Note(a).ClusterId);
    }

    [Fact]
    public void Votes_released_by_deleting_are_not_given_back()
    {
        // Rules N10, V2, V5
        var board = ActionLearningAt(StageIds.Plan);
        var id = board.AddNote(Alice);
        board.Accept(new CastVote(id), Bob);
        board.Accept(new CastVote(id), Bob);
        board.Accept(new DeleteNote(id), Alice);
        board.Accept(new RestoreNote(id), Alice);

        Assert.Empty(board.State.Votes);
        board.Accept(new CastVote(id), Bob);
    }

    [Fact]
    public void A_kept_note_keeps_its_id()
    {
        // Rules N10, B6: the id stays taken, so a restore never meets another thing with it
        var board = ActionLearningAt(StageIds.Action);
        var id = board.AddNote(Alice);
        var other = board.AddNote(Bob);
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(RejectionCode.NoteAlreadyExists, board.Reject(new AddNote(id, StageIds.Action, "又来", NoteColor.Blue, 0, 0), Alice));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateCluster(id, [other, board.AddNote(Bob)]), Bob));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new CreateActionItem(id, "试点", new ActionOwner(Bob, null), null), Bob));
    }

    [Fact]
    public void Each_author_keeps_their_latest_deleted_notes()
    {
        // Rule N10: at most 20 per author, private and shared apart; the oldest goes first
        var board = ActionLearningAt(StageIds.Plan);
        var ids = Enumerable.Range(0, BoardLimits.MaxDeletedNotesKeptPerAuthor + 1).Select(i => board.AddNote(Alice, $"想法 {i}")).ToList();
        var bobs = board.AddNote(Bob);
        board.Accept(new DeleteNote(bobs), Bob);
        foreach (var id in ids.SkipLast(1)) board.Accept(new DeleteNote(id), Alice);
        Assert.Null(((NoteDeleted)board.Events[^1].Event).Forgets);

        Assert.Equal(new NoteDeleted(ids[^1], Forgets: ids[0]), board.Accept(new DeleteNote(ids[^1]), Alice));

        Assert.Equal(ids.Skip(1).Append(bobs).Order(), board.State.Deleted.Keys.Order());
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RestoreNote(ids[0]), Alice));
        foreach (var person in new[] { Alice, Bob, Carol, Facilitator })
            Assert.Equal(SnapshotJson(Visibility.Snapshot(board.State, board.ViewerOf(person))), SnapshotJson(board.ClientState(person)));
        board.Accept(new AddNote(ids[0], StageIds.Plan, "重写", NoteColor.Blue, 0, 0), Alice); // forgotten: its id is free
    }

    [Fact]
    public void Restoring_counts_toward_the_authors_quota_again()
    {
        // Rules N10, N9
        var board = WithParticipants();
        var first = board.AddNote(Alice);
        board.Accept(new DeleteNote(first), Alice);
        for (var i = 0; i < BoardLimits.MaxNotesPerParticipantPerStage; i++) board.AddNote(Alice, $"便签 {i}");

        Assert.Equal(RejectionCode.NoteQuotaReached, board.Reject(new RestoreNote(first), Facilitator));
    }

    [Fact]
    public void A_private_note_comes_back_private_and_only_its_author_restores_it()
    {
        // Rules N10, H1, H4
        var board = ActionLearningAt(StageIds.Problem);
        var id = board.AddNote(Alice, "我担心领导不听意见");
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RestoreNote(id), Bob)); // H1: it does not exist for him
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new RestoreNote(id), Facilitator)); // H4: not the room's yet
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator); // a deleted note was not shared
        board.Accept(new RestoreNote(id), Alice);

        Assert.True(board.Note(id).Hidden);
        Assert.IsType<EventHidden>(board.Received(Bob)[^1].Event);
        Assert.DoesNotContain(id, board.ClientState(Bob).Notes.Keys);
        Assert.DoesNotContain(id, board.ClientState(Bob).Deleted.Keys);
        Assert.Contains(id, board.ClientState(Facilitator).Notes.Keys);
    }

    [Fact]
    public void Every_browser_keeps_the_deleted_notes_it_may_see_and_never_who_deleted_an_anonymous_one()
    {
        // Rules N10, H1, H3: applying the events as sent gives each browser its projection of the kept notes
        var board = ActionLearningAt(StageIds.Problem);
        var secret = board.AddNote(Alice, "只有我和促进师看得到");
        board.Accept(new DeleteNote(secret), Alice);
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = false });
        var open = board.AddNote(Bob, "匿名但公开");
        board.Accept(new DeleteNote(open), Bob);
        board.Accept(new RestoreNote(open), Bob);
        board.Accept(new DeleteNote(open), Bob);
        board.Configure(StageIds.Problem, s => s with { AnonymousAuthors = false });
        var named = board.AddNote(Bob, "署名");
        board.Accept(new DeleteNote(named), Facilitator);

        foreach (var person in new[] { Alice, Bob, Carol, Facilitator, Observer })
        {
            var expected = Visibility.Snapshot(board.State, board.ViewerOf(person));
            Assert.Equal(SnapshotJson(expected), SnapshotJson(board.ClientState(person)));
        }
        var carol = Visibility.Snapshot(board.State, board.ViewerOf(Carol)).Deleted;
        Assert.Equal(new[] { named, open }.Order(), carol.Keys.Order());
        Assert.Equal((Guid.Empty, Guid.Empty), (carol[open].Note.AuthorId, carol[open].DeletedBy)); // who deleted it would name him
        Assert.Equal((Bob, Facilitator), (carol[named].Note.AuthorId, carol[named].DeletedBy));
        Assert.Equal(Bob, Visibility.Snapshot(board.State, board.ViewerOf(Bob)).Deleted[open].DeletedBy);
        Assert.Contains(secret, Visibility.Snapshot(board.State, board.ViewerOf(Facilitator)).Deleted.Keys);
    }

    [Fact]
    public void Kept_notes_survive_a_snapshot_and_a_snapshot_from_before_them_still_loads()
    {
        // Rules N10, B4
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        board.Accept(new DeleteNote(id), Alice);

        var json = SnapshotJson(board.State);
        var read = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!.ToState();
        Assert.Equal(board.State.Deleted, read.Deleted);
        Assert.Equal(json, SnapshotJson(Board.Replay(BoardId, board.Events)));

        var old = JsonNode.Parse(json)!.AsObject();
        old.Remove("deleted");
        var oldState = JsonSerializer.Deserialize<BoardSnapshot>(old.ToJsonString(), WireJson.Options)!.ToState();
        Assert.Empty(oldState.Deleted);
        Assert.Equal(RejectionCode.NoteNotFound,
            Board.Decide(oldState, new RestoreNote(id), new CommandContext(Alice, Start.AddDays(1))).Rejection!.Code);
    }

    [Fact]
    public void A_deletion_stored_before_kept_notes_reads_the_same()
    {
        // Rule B4: stored events stay readable, and one that forgets nothing is written as before
        var id = Guid.NewGuid();
        var old = $$"""{"type":"noteDeleted","noteId":"{{id}}"}""";

        Assert.Equal(new NoteDeleted(id), JsonSerializer.Deserialize<BoardEvent>(old, WireJson.Options));
        Assert.Equal(old, Json<BoardEvent>(new NoteDeleted(id)));
    }
}
