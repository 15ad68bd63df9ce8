using System.Collections.Immutable;
using Whiteboard.Client.Voting;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Tests.Voting;

public class VoteResultsTests
{
    [Fact]
    public void A_Clusters_Score_Is_Its_Own_Dots_Plus_Its_Notes_Dots()
    {
        var board = new TestBoard();
        var a = board.AddNote("会议太多");
        var b = board.AddNote("审批流程长");
        var cluster = board.AddCluster("", a, b);
        board.Votes.AddRange([new Vote(Guid.Empty, cluster.Id, "problem", false), new Vote(Guid.Empty, b.Id, "problem", false)]);

        var row = Assert.Single(Ranking.Of(board.Snapshot.ToState(), "problem"));

        Assert.Equal((1, 1, 2), (row.OwnVotes, row.MemberVotes, row.Score));
        Assert.Equal([b.Id, a.Id], row.Members.Select(m => m.TargetId)); // its notes ranked too
    }

    [Fact]
    public void Other_Stages_And_Hidden_Notes_Are_Left_Out()
    {
        var board = new TestBoard();
        board.AddNote("别的阶段", stageId: "plan");
        board.AddNote("还没揭示", hidden: true);
        var shown = board.AddNote("会议太多");

        var rows = Ranking.Of(board.Snapshot.ToState() with { Votes = ImmutableList<Vote>.Empty }, "problem");

        Assert.Equal([shown.Id], rows.Select(r => r.TargetId));
    }
}
