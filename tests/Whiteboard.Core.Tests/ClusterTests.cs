using Whiteboard.Core.Clusters;

namespace Whiteboard.Core.Tests;

/// <summary>Rules C1–C5: grouping the visible notes of the current stage into named clusters (归类).</summary>
public class ClusterTests
{
    private readonly TestBoard board = ActionLearningAt(StageIds.Plan);
    private readonly Guid a;
    private readonly Guid b;
    private readonly Guid c;
    private readonly Guid d;

    public ClusterTests()
    {
        a = board.AddNote(Alice, "会议太多");
        b = board.AddNote(Bob, "会议太长");
        c = board.AddNote(Carol, "文档太少");
        d = board.AddNote(Alice, "没人记录");
    }

    private Guid Cluster(Guid actor, string title, params Guid[] notes)
    {
        var id = Guid.NewGuid();
        board.Accept(new CreateCluster(id, notes, title), actor);
        return id;
    }

    private Guid? ClusterOf(Guid note) => board.Note(note).ClusterId;

    [Fact]
    public void Cluster_groups_two_or_more_notes_of_a_stage()
    {
        // Rule C1
        var id = Guid.NewGuid();

        var created = Assert.IsType<ClusterCreated>(board.Accept(new CreateCluster(id, [a, b, c], "  会议  "), Bob));

        Assert.Equal((id, StageIds.Plan, "会议"), (created.ClusterId, created.StageId, created.Title));
        Assert.Equal([a, b, c], created.NoteIds);
        Assert.Equal(new Cluster(id, StageIds.Plan, "会议", board.Events[^1].At), board.State.Clusters[id]);
        Assert.Equal([a, b, c], board.State.MembersOf(id).Select(n => n.Id));
        Assert.Null(ClusterOf(d));
    }

    [Fact]
    public void Cluster_of_fewer_than_two_distinct_notes_is_refused()
    {
        // Rule C1
        Assert.Equal(RejectionCode.ClusterNeedsTwoNotes, board.Reject(new CreateCluster(Guid.NewGuid(), []), Alice));
        Assert.Equal(RejectionCode.ClusterNeedsTwoNotes, board.Reject(new CreateCluster(Guid.NewGuid(), [a]), Alice));
        Assert.Equal(RejectionCode.ClusterNeedsTwoNotes, board.Reject(new CreateCluster(Guid.NewGuid(), [a, a, a]), Alice));
    }

    [Fact]
    public void Note_listed_twice_is_clustered_once()
    {
        // Rule C1
        var created = Assert.IsType<ClusterCreated>(board.Accept(new CreateCluster(Guid.NewGuid(), [a, b, a]), Alice));

        Assert.Equal([a, b], created.NoteIds);
    }

    [Fact]
    public void Cluster_title_may_be_empty_and_has_at_most_40_characters()
    {
        // Rule C1, B5
        var title40 = new string('类', 40);
        var untitled = Cluster(Alice, "", a, b);
        var blank = Cluster(Alice, " \u3000 ", c, d);
        var longest = Cluster(Alice, title40, a, c);

        Assert.Equal("", board.State.Clusters[untitled].Title);
        Assert.Equal("", board.State.Clusters[blank].Title);
        Assert.Equal(title40, board.State.Clusters[longest].Title);

        Assert.Equal(RejectionCode.ClusterTitleTooLong, board.Reject(new CreateCluster(Guid.NewGuid(), [a, b], title40 + "类"), Alice));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new CreateCluster(Guid.NewGuid(), [a, b], "会\u0000议"), Alice));
    }

    [Fact]
    public void Cluster_title_is_one_line()
    {
        // Rule C1, B5
        var id = Cluster(Alice, "会议\r\n太多", a, b);

        Assert.Equal("会议 太多", board.State.Clusters[id].Title);
    }

    [Fact]
    public void Cluster_id_is_the_clients_and_must_be_new()
    {
        // Rule C1
        var id = Cluster(Alice, "一", a, b);

        Assert.Equal(RejectionCode.ClusterAlreadyExists, board.Reject(new CreateCluster(id, [c, d]), Bob));
        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(new CreateCluster(Guid.Empty, [c, d]), Bob));
    }

    [Fact]
    public void Cluster_of_an_unknown_note_is_NoteNotFound()
    {
        // Rule C1, N7
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CreateCluster(Guid.NewGuid(), [a, Guid.NewGuid()]), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new AddToCluster(Guid.NewGuid(), Cluster(Alice, "", a, b)), Alice));
    }

    [Fact]
    public void Note_joining_another_cluster_leaves_the_previous_one()
    {
        // Rule C2
        var first = Cluster(Alice, "一", a, b, c);
        var second = Cluster(Bob, "二", d, b);

        Assert.Equal(second, ClusterOf(b));
        Assert.Equal([a, c], board.State.MembersOf(first).Select(n => n.Id));

        Assert.Equal(new NoteClustered(c, second), board.Accept(new AddToCluster(c, second), Carol));
        Assert.Equal([a], board.State.MembersOf(first).Select(n => n.Id));
        Assert.Equal([b, c, d], board.State.MembersOf(second).Select(n => n.Id));
    }

    [Fact]
    public void Cluster_left_with_no_notes_is_gone()
    {
        // Rule C2
        var first = Cluster(Alice, "一", a, b);
        var second = Cluster(Bob, "二", c, d);

        board.Accept(new AddToCluster(a, second), Alice);
        Assert.True(board.State.Clusters.ContainsKey(first)); // one note left: still a cluster
        board.Accept(new AddToCluster(b, second), Alice);

        Assert.False(board.State.Clusters.ContainsKey(first));
        Assert.Equal(4, board.State.MembersOf(second).Count());
    }

    [Fact]
    public void Cluster_whose_notes_are_all_taken_by_a_new_cluster_is_gone()
    {
        // Rule C2
        var first = Cluster(Alice, "一", a, b);

        var second = Cluster(Bob, "二", a, b, c);

        Assert.False(board.State.Clusters.ContainsKey(first));
        Assert.Equal([a, b, c], board.State.MembersOf(second).Select(n => n.Id));
    }

    [Fact]
    public void Removing_the_last_note_of_a_cluster_removes_it()
    {
        // Rule C2, C3
        var id = Cluster(Alice, "一", a, b);

        Assert.Equal(new NoteUnclustered(a, id), board.Accept(new RemoveFromCluster(a), Bob));
        Assert.True(board.State.Clusters.ContainsKey(id));
        board.Accept(new RemoveFromCluster(b), Bob);

        Assert.False(board.State.Clusters.ContainsKey(id));
        Assert.Null(ClusterOf(a));
        Assert.Null(ClusterOf(b));
    }

    [Fact]
    public void Deleting_the_last_note_of_a_cluster_removes_it()
    {
        // Rule C2
        var id = Cluster(Alice, "一", a, d);

        board.Accept(new DeleteNote(a), Alice);
        board.Accept(new DeleteNote(d), Alice);

        Assert.Empty(board.State.Clusters);
        Assert.Equal(RejectionCode.ClusterNotFound, board.Reject(new RenameCluster(id, "x"), Alice));
    }

    [Fact]
    public void Removing_a_note_that_is_in_no_cluster_is_NotInCluster()
    {
        // Rule C3
        Cluster(Alice, "一", a, b);

        Assert.Equal(RejectionCode.NotInCluster, board.Reject(new RemoveFromCluster(c), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RemoveFromCluster(Guid.NewGuid()), Alice));
    }

    [Fact]
    public void Cluster_is_renamed()
    {
        // Rule C3, B5
        var id = Cluster(Alice, "一", a, b);

        Assert.Equal(new ClusterRenamed(id, "开会的问题"), board.Accept(new RenameCluster(id, " 开会的问题\n"), Carol));
        Assert.Equal("开会的问题", board.State.Clusters[id].Title);
        board.Accept(new RenameCluster(id, ""), Carol);
        Assert.Equal("", board.State.Clusters[id].Title);

        Assert.Equal(RejectionCode.ClusterTitleTooLong, board.Reject(new RenameCluster(id, new string('类', 41)), Carol));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new RenameCluster(id, "\u202E反"), Carol));
        Assert.Equal(RejectionCode.ClusterNotFound, board.Reject(new RenameCluster(Guid.NewGuid(), "x"), Carol));
    }

    [Fact]
    public void Dissolving_keeps_the_notes_unclustered()
    {
        // Rule C3
        var id = Cluster(Alice, "一", a, b, c);

        Assert.Equal(new ClusterDissolved(id), board.Accept(new DissolveCluster(id), Bob));

        Assert.Empty(board.State.Clusters);
        Assert.Equal(4, board.State.NotesOf(StageIds.Plan).Count());
        Assert.All(board.State.Notes.Values, n => Assert.Null(n.ClusterId));
        Assert.Equal(RejectionCode.ClusterNotFound, board.Reject(new DissolveCluster(id), Bob));
        Assert.Equal(RejectionCode.ClusterNotFound, board.Reject(new AddToCluster(a, id), Bob));
    }

    [Fact]
    public void Note_joins_only_a_cluster_of_its_own_stage()
    {
        // Rule C4 (which names no rejection code; the core answers MalformedMessage, as a client never offers it)
        var planCluster = Cluster(Alice, "计划", a, b);
        board.Accept(new AdvanceStage(), Facilitator);
        var x = board.AddNote(Alice, "行动一");
        var y = board.AddNote(Bob, "行动二");

        board.Reject(new AddToCluster(x, planCluster), Alice);
        board.Reject(new AddToCluster(x, planCluster), Facilitator);
        board.Reject(new CreateCluster(Guid.NewGuid(), [x, c]), Alice);
        board.Reject(new CreateCluster(Guid.NewGuid(), [c, y]), Facilitator);

        Assert.Null(ClusterOf(x));
        var actionCluster = Cluster(Alice, "行动", x, y);
        Assert.Equal(StageIds.Action, board.State.Clusters[actionCluster].StageId);
    }

    [Fact]
    public void Hidden_notes_are_refused()
    {
        // Rule C1 (visible notes), H4
        board.Configure(StageIds.Plan, s => s with { PrivateWriting = true });
        var hidden = board.AddNote(Alice, "私下写的");

        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new CreateCluster(Guid.NewGuid(), [a, hidden]), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CreateCluster(Guid.NewGuid(), [a, hidden]), Bob));
    }

    [Fact]
    public void Any_participant_clusters_anyones_notes()
    {
        // Rule C5
        var id = Cluster(Carol, "", a, b); // Alice's and Bob's notes

        board.Accept(new AddToCluster(d, id), Bob);
        board.Accept(new RenameCluster(id, "开会"), Alice);
        board.Accept(new RemoveFromCluster(d), Carol);
        board.Accept(new DissolveCluster(id), Bob);

        Assert.Empty(board.State.Clusters);
    }

    [Fact]
    public void Observers_do_not_cluster()
    {
        // Rule C5, P3
        var id = Cluster(Alice, "一", a, b);
        BoardCommand[] commands =
        [
            new CreateCluster(Guid.NewGuid(), [c, d]), new AddToCluster(c, id), new RemoveFromCluster(a), new RenameCluster(id, "x"),
            new DissolveCluster(id),
        ];

        foreach (var command in commands)
        {
            Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(command, Observer));
            Assert.Equal(RejectionCode.NotJoined, board.Reject(command, Stranger));
        }
    }

    [Fact]
    public void Clusters_reach_everyone()
    {
        // Rule C1: clusters are of visible notes, so nothing about them is hidden
        var id = Cluster(Carol, "开会", a, b);

        foreach (var person in new[] { Alice, Observer, Facilitator })
        {
            var seen = board.ClientState(person);
            Assert.Equal(board.State.Clusters[id], seen.Clusters[id]);
            Assert.Equal([a, b], seen.MembersOf(id).Select(n => n.Id));
        }
    }

    [Fact]
    public void Dissolving_a_cluster_returns_its_votes_and_keeps_the_votes_on_its_notes()
    {
        // Rule C3, V5
        var id = Cluster(Alice, "一", a, b);
        board.Accept(new CastVote(id), Alice);
        board.Accept(new CastVote(a), Alice);

        board.Accept(new DissolveCluster(id), Bob);

        Assert.Equal([new Vote(Alice, a, StageIds.Plan, true)], board.State.Votes);
    }

    [Fact]
    public void Cluster_emptied_by_moving_its_notes_returns_its_votes()
    {
        // Rule C2, V5
        var first = Cluster(Alice, "一", a, b);
        var second = Cluster(Alice, "二", c, d);
        board.Accept(new CastVote(first), Bob);
        board.Accept(new CastVote(second), Bob);

        board.Accept(new AddToCluster(a, second), Alice);
        board.Accept(new AddToCluster(b, second), Alice);

        Assert.Equal([second], board.State.Votes.Select(v => v.TargetId));
    }

    [Fact]
    public void Cluster_events_carry_no_hidden_content()
    {
        // Rule C1: a cluster's events are the same for everyone
        var id = Cluster(Alice, "一", a, b);
        board.Accept(new AddToCluster(c, id), Bob);

        foreach (var person in new[] { Carol, Facilitator, Observer })
            Assert.Equal(board.Events.TakeLast(2), board.Received(person).TakeLast(2));
        Assert.IsType<ClusterCreated>(board.Received(Carol)[^2].Event);
        Assert.Equal(StageStatus.Open, board.Stage(StageIds.Plan).Status);
    }
}
