using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>Rules V1–V5: dot voting. The plan stage of the action-learning template has 5 hidden dots each, at most 3 per note.</summary>
public class VotingTests
{
    private readonly TestBoard board = ActionLearningAt(StageIds.Plan);
    private readonly Guid a;
    private readonly Guid b;
    private readonly Guid c;

    public VotingTests()
    {
        a = board.AddNote(Alice, "先做试点");
        b = board.AddNote(Bob, "请外部顾问");
        c = board.AddNote(Carol, "每周复盘");
    }

    private int VotesOf(Guid voter) => board.State.Votes.Count(v => v.VoterId == voter);

    private void Vote(Guid voter, Guid target, int times = 1)
    {
        for (var i = 0; i < times; i++)
            board.Accept(new CastVote(target), voter);
    }

    [Fact]
    public void Vote_is_a_dot_on_a_note_of_the_current_stage()
    {
        // Rule V1
        Assert.Equal(new VoteCast(a, StageIds.Plan, Hidden: true), board.Accept(new CastVote(a), Bob));

        Assert.Equal([new Vote(Bob, a, StageIds.Plan, true)], board.State.Votes);
    }

    [Fact]
    public void Vote_is_a_dot_on_a_cluster_too()
    {
        // Rule V1
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b]), Carol);

        Assert.Equal(new VoteCast(cluster, StageIds.Plan, true), board.Accept(new CastVote(cluster), Carol));
    }

    [Fact]
    public void Stage_with_a_budget_of_0_has_no_voting()
    {
        // Rule V1
        board.Accept(new AdvanceStage(), Facilitator); // action: no voting
        var note = board.AddNote(Alice, "下周一开始");

        Assert.Equal(RejectionCode.VotingClosed, board.Reject(new CastVote(note), Alice));
        Assert.Equal(RejectionCode.VotingClosed, board.Reject(new CastVote(note), Facilitator));
        Assert.Equal(RejectionCode.NoVoteToRetract, board.Reject(new RetractVote(note), Alice));
    }

    [Fact]
    public void Vote_on_something_that_does_not_exist_is_NoteNotFound()
    {
        // Rule V1, N7
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CastVote(Guid.NewGuid()), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new CastVote(Guid.Empty), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RetractVote(Guid.NewGuid()), Alice));
    }

    [Fact]
    public void Vote_on_a_note_of_a_stage_that_is_not_current_is_StageNotOpen()
    {
        // Rule V1, ST5
        board.Accept(new AdvanceStage(), Facilitator);
        board.Configure(StageIds.Action, s => s with { VoteBudget = 5, MaxVotesPerNote = 5 });

        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new CastVote(a), Alice));
    }

    [Fact]
    public void Observers_do_not_vote()
    {
        // Rule V1, P3
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new CastVote(a), Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new CastVote(a), Stranger));
    }

    [Fact]
    public void Votes_in_a_stage_never_exceed_its_budget()
    {
        // Rule V2
        Vote(Alice, a, 2);
        Vote(Alice, b, 2);
        Vote(Alice, c);

        Assert.Equal(RejectionCode.VoteBudgetSpent, board.Reject(new CastVote(c), Alice));
        Assert.Equal(5, VotesOf(Alice));
        Vote(Bob, c); // a budget is each participant's own
    }

    [Fact]
    public void The_checks_a_screen_asks_before_offering_plus_and_minus_say_what_deciding_would()
    {
        // Rules V1–V3: "+" is disabled with the same reason the server would give
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [b, c], ""), Alice);
        void Agree()
        {
            foreach (var person in new[] { Alice, Bob, Facilitator, Observer })
                foreach (var target in new[] { a, b, cluster, Guid.NewGuid() })
                {
                    Assert.Equal(board.Decide(new CastVote(target), person).Rejection?.Code,
                        VoteAccess.CheckCast(board.State, target, board.ViewerOf(person)));
                    Assert.Equal(board.Decide(new RetractVote(target), person).Rejection?.Code,
                        VoteAccess.CheckRetract(board.State, target, board.ViewerOf(person)));
                }
        }

        Agree();
        Vote(Alice, a, 3);
        Assert.Equal(RejectionCode.VoteLimitPerTarget, VoteAccess.CheckCast(board.State, a, board.ViewerOf(Alice)));
        Agree();
        Vote(Alice, cluster, 2);
        Assert.Equal(RejectionCode.VoteBudgetSpent, VoteAccess.CheckCast(board.State, b, board.ViewerOf(Alice)));
        Assert.Null(VoteAccess.CheckRetract(board.State, cluster, board.ViewerOf(Alice)));
        Agree();
        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        Agree();
    }

    [Fact]
    public void Votes_on_one_note_never_exceed_the_maximum_per_note()
    {
        // Rule V2
        Vote(Alice, a, 3);

        Assert.Equal(RejectionCode.VoteLimitPerTarget, board.Reject(new CastVote(a), Alice));
        Vote(Alice, b);
        Vote(Bob, a);
    }

    [Fact]
    public void Maximum_per_cluster_is_the_maximum_per_note()
    {
        // Rule V2
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b]), Carol);
        Vote(Carol, cluster, 3);

        Assert.Equal(RejectionCode.VoteLimitPerTarget, board.Reject(new CastVote(cluster), Carol));
    }

    [Fact]
    public void Budget_is_per_stage()
    {
        // Rule V2
        board.Accept(new ReopenStage(StageIds.Problem), Facilitator);
        board.Configure(StageIds.Problem, s => s with { PrivateWriting = false });
        var problem = board.AddNote(Bob, "会议太多");
        Vote(Alice, problem, 2);
        board.Accept(new AdvanceStage(), Facilitator); // back to plan

        Vote(Alice, a, 3);
        Vote(Alice, b, 2);

        Assert.Equal(7, VotesOf(Alice));
    }

    [Fact]
    public void Facilitators_vote_within_the_budget_too()
    {
        // Rule V2
        Vote(Facilitator, a, 3);
        Vote(Facilitator, b, 2);

        Assert.Equal(RejectionCode.VoteBudgetSpent, board.Reject(new CastVote(c), Facilitator));
    }

    [Fact]
    public void Lowering_the_budget_keeps_votes_already_cast_and_refuses_new_ones()
    {
        // Rule V2, ST6: settings change at any time; a vote is checked when it is cast
        Vote(Alice, a, 3);
        Vote(Alice, b);
        board.Configure(StageIds.Plan, s => s with { VoteBudget = 2, MaxVotesPerNote = 1 });

        Assert.Equal(4, VotesOf(Alice));
        Assert.Equal(RejectionCode.VoteBudgetSpent, board.Reject(new CastVote(c), Alice));

        board.Accept(new RetractVote(a), Alice);
        board.Accept(new RetractVote(a), Alice);
        board.Accept(new RetractVote(b), Alice);
        Assert.Equal(RejectionCode.VoteLimitPerTarget, board.Reject(new CastVote(a), Alice)); // 1 left on a
        Vote(Alice, c);
        Assert.Equal(RejectionCode.VoteBudgetSpent, board.Reject(new CastVote(b), Alice));
    }

    [Fact]
    public void Participant_takes_back_their_own_latest_vote_on_a_target()
    {
        // Rule V3
        Vote(Alice, a, 2);
        board.Configure(StageIds.Plan, s => s with { VotesHidden = false });
        Vote(Alice, a); // the latest, not hidden

        Assert.Equal(new VoteRetracted(a, StageIds.Plan), board.Accept(new RetractVote(a), Alice));

        Assert.Equal([new Vote(Alice, a, StageIds.Plan, true), new Vote(Alice, a, StageIds.Plan, true)], board.State.Votes);
    }

    [Fact]
    public void Taking_back_a_vote_frees_it()
    {
        // Rule V2, V3
        Vote(Alice, a, 3);
        Vote(Alice, b, 2);

        board.Accept(new RetractVote(b), Alice);

        Vote(Alice, c);
        Assert.Equal(5, VotesOf(Alice));
    }

    [Fact]
    public void Nobody_takes_back_a_vote_they_did_not_cast()
    {
        // Rule V3
        Vote(Alice, a);

        Assert.Equal(RejectionCode.NoVoteToRetract, board.Reject(new RetractVote(a), Bob));
        Assert.Equal(RejectionCode.NoVoteToRetract, board.Reject(new RetractVote(a), Facilitator));
        Assert.Equal(RejectionCode.NoVoteToRetract, board.Reject(new RetractVote(b), Alice));
    }

    [Fact]
    public void Vote_is_hidden_when_cast_while_voting_is_hidden()
    {
        // Rule V4, ST6: fixed on each vote when it is cast
        Vote(Alice, a);
        board.Configure(StageIds.Plan, s => s with { VotesHidden = false });

        Assert.Equal(new VoteCast(b, StageIds.Plan, false), board.Accept(new CastVote(b), Alice));
        Assert.Equal([true, false], board.State.Votes.Select(v => v.Hidden));
    }

    [Fact]
    public void Vote_cast_after_the_reveal_is_not_hidden()
    {
        // Rule V4
        board.Accept(new RevealVotes(StageIds.Plan), Facilitator);

        Assert.Equal(new VoteCast(a, StageIds.Plan, false), board.Accept(new CastVote(a), Alice));
        Assert.True(board.Stage(StageIds.Plan).VotesRevealed);
    }

    [Fact]
    public void Hidden_vote_reaches_only_its_voter_until_the_reveal()
    {
        // Rule V4: the others, facilitators included, get a placeholder, so not even counts are shown
        Vote(Alice, a);

        var stored = board.Events[^1];
        Assert.Equal(stored, board.Received(Alice)[^1]);
        foreach (var person in new[] { Bob, Carol, Observer, Facilitator })
        {
            Assert.Equal(new EventEnvelope(stored.Seq, Guid.Empty, Guid.Empty, stored.At, new EventHidden()), board.Received(person)[^1]);
            Assert.Empty(board.ClientState(person).Votes);
        }
        Assert.Equal([new Vote(Alice, a, StageIds.Plan, true)], board.ClientState(Alice).Votes);
    }

    [Fact]
    public void Taking_back_a_hidden_vote_reaches_others_as_a_placeholder()
    {
        // Rule V4
        Vote(Alice, a);

        board.Accept(new RetractVote(a), Alice);

        Assert.IsType<EventHidden>(board.Received(Bob)[^1].Event);
        Assert.IsType<VoteRetracted>(board.Received(Alice)[^1].Event);
    }

    [Fact]
    public void Reveal_shows_everyone_the_counts_per_target_but_never_who_voted()
    {
        // Rule V4
        Vote(Alice, a, 2);
        Vote(Bob, a);
        Vote(Bob, b);
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [b, c]), Carol);
        Vote(Carol, cluster);

        Assert.Equal(new VotesRevealed(StageIds.Plan), board.Accept(new RevealVotes(StageIds.Plan), Facilitator));

        Assert.All(board.State.Votes, v => Assert.False(v.Hidden));
        foreach (var person in new[] { Alice, Bob, Carol, Observer, Facilitator })
        {
            var seen = board.ClientState(person);
            var counts = seen.Votes.GroupBy(v => v.TargetId).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(new Dictionary<Guid, int> { [a] = 3, [b] = 1, [cluster] = 1 }, counts);
            Assert.All(seen.Votes, v => Assert.False(v.Hidden));
            Assert.All(seen.Votes, v => Assert.Contains(v.VoterId, new[] { Guid.Empty, person }));
            Assert.Equal(board.State.Votes.Count(v => v.VoterId == person), seen.Votes.Count(v => v.VoterId == person));
        }
    }

    [Fact]
    public void Reveal_as_sent_lists_every_vote_of_the_stage_without_voters()
    {
        // Rule V4
        Vote(Alice, a, 2);
        Vote(Bob, b);

        board.Accept(new RevealVotes(StageIds.Plan), Facilitator);

        foreach (var person in new[] { Alice, Carol, Facilitator })
        {
            var revealed = Assert.IsType<VotesRevealed>(board.Received(person)[^1].Event);
            Assert.Equal(new[] { a, a, b }.Order(), revealed.Votes!.Select(v => v.TargetId).Order());
            Assert.All(revealed.Votes!, v => Assert.Equal((Guid.Empty, false), (v.VoterId, v.Hidden)));
            Assert.DoesNotContain(Alice.ToString(), Json(revealed), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Open_vote_reaches_others_without_its_voter()
    {
        // Rule V4: who voted for what is never sent to anyone but the voter
        board.Configure(StageIds.Plan, s => s with { VotesHidden = false });

        Vote(Alice, b);

        foreach (var person in new[] { Bob, Facilitator, Observer })
        {
            Assert.Equal(Guid.Empty, board.Received(person)[^1].ActorId);
            Assert.Equal([new Vote(Guid.Empty, b, StageIds.Plan, false)], board.ClientState(person).Votes);
        }
        Assert.Equal([new Vote(Guid.Empty, b, StageIds.Plan, false)], Visibility.Snapshot(board.State, Viewer.AnyFacilitator).Votes);
        Assert.Equal([new Vote(Alice, b, StageIds.Plan, false)], board.ClientState(Alice).Votes);
    }

    [Fact]
    public void Votes_on_a_deleted_note_are_returned()
    {
        // Rule V5
        Vote(Alice, b, 3);
        Vote(Alice, a, 2);
        Vote(Bob, b);

        board.Accept(new DeleteNote(b), Bob);

        Assert.Equal([a, a], board.State.Votes.Select(v => v.TargetId));
        Vote(Alice, c, 3); // the budget is free again
    }

    [Fact]
    public void Votes_on_a_dissolved_cluster_are_returned()
    {
        // Rule V5
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b]), Carol);
        Vote(Alice, cluster, 3);
        Vote(Alice, c, 2);

        board.Accept(new DissolveCluster(cluster), Bob);

        Assert.Equal([c, c], board.State.Votes.Select(v => v.TargetId));
        Vote(Alice, a, 3);
    }

    [Fact]
    public void Returned_votes_disappear_from_every_view()
    {
        // Rule V5, V4
        board.Configure(StageIds.Plan, s => s with { VotesHidden = false });
        Vote(Alice, a);
        Vote(Bob, a);

        board.Accept(new DeleteNote(a), Alice);

        foreach (var person in new[] { Alice, Bob, Carol, Facilitator })
            Assert.Empty(board.ClientState(person).Votes);
    }

    [Fact]
    public void Note_colour_or_position_changes_keep_its_votes()
    {
        // Rule V5: only deleting returns them
        Vote(Alice, a, 2);

        board.Accept(new MoveNote(a, 500, 500), Bob);
        board.Accept(new RecolorNote(a, NoteColor.Green), Alice);
        board.Accept(new EditNote(a, "先做两个试点"), Alice);

        Assert.Equal(2, VotesOf(Alice));
    }
}
