using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rule V4: a stage's clusters and loose notes ranked by their dots — counts only. Shared by the results view in the
/// browser and the case report. (Moved here from the client's VoteResultsTests when Ranking moved to the core.)
/// </summary>
public class RankingTests
{
    /// <summary>The plan stage: named notes, 5 hidden dots each, at most 3 per note.</summary>
    private readonly TestBoard board = ActionLearningAt(StageIds.Plan);

    private void Vote(Guid voter, Guid target, int times = 1)
    {
        for (var i = 0; i < times; i++) board.Accept(new CastVote(target), voter);
    }

    [Fact]
    public void A_clusters_score_is_its_own_dots_plus_its_notes_dots()
    {
        var a = board.AddNote(Alice, "会议太多");
        var b = board.AddNote(Bob, "审批流程长");
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b], ""), Carol);
        Vote(Alice, cluster);
        Vote(Bob, b);

        var row = Assert.Single(Ranking.Of(board.State, StageIds.Plan));

        Assert.Equal((cluster, true, 1, 1, 2), (row.TargetId, row.IsCluster, row.OwnVotes, row.MemberVotes, row.Score));
        Assert.Equal([b, a], row.Members.Select(m => m.TargetId)); // its notes ranked too
        Assert.Equal([1, 0], row.Members.Select(m => m.Score));
    }

    [Fact]
    public void Other_stages_and_hidden_notes_are_left_out()
    {
        var board = ActionLearningAt(StageIds.Problem); // private writing
        var hidden = board.AddNote(Alice, "还没揭示");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        var later = board.AddNote(Bob, "揭示之后写的");
        board.OpenStage(StageIds.Plan);
        board.AddNote(Carol, "别的阶段");

        Assert.Equal([hidden], Ranking.Of(board.State, StageIds.Problem).Select(r => r.TargetId));
        Assert.True(board.Note(later).Hidden);
    }

    [Fact]
    public void Rows_are_ranked_by_score_clusters_first_on_a_tie_then_by_text()
    {
        var pilot = board.AddNote(Alice, "先在销售部试点");
        var coach = board.AddNote(Bob, "请外部顾问");
        var review = board.AddNote(Carol, "每周复盘");
        var report = board.AddNote(Alice, "周报");
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [review, report], "复盘"), Carol);
        Vote(Alice, coach, 3);
        Vote(Bob, cluster, 2);
        Vote(Carol, review, 1); // the cluster: 2 + 1 = 3, as many as 请外部顾问

        var rows = Ranking.Of(board.State, StageIds.Plan);

        Assert.Equal([(cluster, 3), (coach, 3), (pilot, 0)], rows.Select(r => (r.TargetId, r.Score)));
    }

    [Fact]
    public void Ranking_counts_the_dots_the_view_holds()
    {
        // Rule V4: before the reveal a participant's view holds only their own hidden dots, the room's none
        var pilot = board.AddNote(Alice, "先在销售部试点");
        Vote(Alice, pilot, 2);
        Vote(Bob, pilot, 1);

        Assert.Equal(3, Ranking.Votes(board.State, pilot));
        Assert.Equal(2, Ranking.Of(Visibility.Snapshot(board.State, board.ViewerOf(Alice)), StageIds.Plan)[0].Score);
        Assert.Equal(1, Ranking.Of(board.ClientState(Bob), StageIds.Plan)[0].Score);
        Assert.Equal(0, Ranking.Of(Visibility.Snapshot(board.State, Viewer.AnyParticipant), StageIds.Plan)[0].Score);

        board.Accept(new RevealVotes(StageIds.Plan), Facilitator);

        Assert.Equal(3, Ranking.Of(board.ClientState(Carol), StageIds.Plan)[0].Score);
        Assert.Equal(3, Ranking.Of(Visibility.Snapshot(board.State, Viewer.AnyParticipant), StageIds.Plan)[0].Score);
    }

    [Fact]
    public void Stage_without_notes_ranks_nothing()
    {
        Assert.Empty(Ranking.Of(board.State, StageIds.Plan));
        Assert.Empty(Ranking.Of(board.State, "no-such-stage"));
    }
}
