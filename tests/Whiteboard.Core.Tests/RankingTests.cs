using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rule V4: a stage's clusters and notes ranked apart, each by the dots cast on it — counts only. Shared by the results view in the
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
    public void A_clusters_score_is_the_dots_on_the_cluster_and_its_notes_keep_their_own()
    {
        // Rule V4: a note's dots never count for its cluster; the note is still ranked, with its cluster named
        var a = board.AddNote(Alice, "会议太多");
        var b = board.AddNote(Bob, "审批流程长");
        var loose = board.AddNote(Carol, "没人负责");
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b], "会议"), Carol);
        Vote(Alice, cluster);
        Vote(Bob, b, 2);

        var ranked = Ranking.Of(board.State, StageIds.Plan);

        var row = Assert.Single(ranked.Clusters);
        Assert.Equal((cluster, true, "会议", 1), (row.TargetId, row.IsCluster, row.Text, row.Score));
        Assert.Equal(["会议太多", "审批流程长"], row.NoteTexts);
        Assert.Equal([(b, 2, "会议"), (a, 0, "会议"), (loose, 0, null)], ranked.Notes.Select(r => (r.TargetId, r.Score, r.ClusterTitle)));
        Assert.Equal(b, ranked.Leading!.TargetId); // two dots on a note outrank one on a cluster
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

        Assert.Equal([hidden], Ranking.Of(board.State, StageIds.Problem).Notes.Select(r => r.TargetId));
        Assert.True(board.Note(later).Hidden);
    }

    [Fact]
    public void Each_list_is_ranked_by_score_then_by_text_and_a_cluster_leads_on_a_tie()
    {
        var pilot = board.AddNote(Alice, "先在销售部试点");
        var coach = board.AddNote(Bob, "请外部顾问");
        var review = board.AddNote(Carol, "每周复盘");
        var report = board.AddNote(Alice, "周报");
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [review, report], "复盘"), Carol);
        Vote(Alice, coach, 3);
        Vote(Bob, cluster, 3);
        Vote(Carol, review, 1);

        var ranked = Ranking.Of(board.State, StageIds.Plan);

        Assert.Equal([(cluster, 3)], ranked.Clusters.Select(r => (r.TargetId, r.Score)));
        Assert.Equal([(coach, 3), (review, 1), (pilot, 0), (report, 0)], ranked.Notes.Select(r => (r.TargetId, r.Score))); // 先 < 周 (ordinal)
        Assert.Equal([cluster, coach, review], ranked.ByScore.Take(3).Select(r => r.TargetId));
    }

    [Fact]
    public void Ranking_counts_the_dots_the_view_holds()
    {
        // Rule V4: before the reveal a participant's view holds only their own hidden dots, the room's none
        var pilot = board.AddNote(Alice, "先在销售部试点");
        Vote(Alice, pilot, 2);
        Vote(Bob, pilot, 1);

        Assert.Equal(3, Ranking.Votes(board.State, pilot));
        Assert.Equal(2, Ranking.Of(Visibility.Snapshot(board.State, board.ViewerOf(Alice)), StageIds.Plan).Notes[0].Score);
        Assert.Equal(1, Ranking.Of(board.ClientState(Bob), StageIds.Plan).Notes[0].Score);
        Assert.Equal(0, Ranking.Of(Visibility.Snapshot(board.State, Viewer.AnyParticipant), StageIds.Plan).Notes[0].Score);

        board.Accept(new RevealVotes(StageIds.Plan), Facilitator);

        Assert.Equal(3, Ranking.Of(board.ClientState(Carol), StageIds.Plan).Notes[0].Score);
        Assert.Equal(3, Ranking.Of(Visibility.Snapshot(board.State, Viewer.AnyParticipant), StageIds.Plan).Notes[0].Score);
    }

    [Fact]
    public void Stage_without_notes_ranks_nothing()
    {
        Assert.True(Ranking.Of(board.State, StageIds.Plan).IsEmpty);
        Assert.True(Ranking.Of(board.State, "no-such-stage").IsEmpty);
        Assert.Null(Ranking.Of(board.State, StageIds.Plan).Leading);
    }
}
