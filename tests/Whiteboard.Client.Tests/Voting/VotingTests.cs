using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Tests.Voting;

public class VotingTests : ClientTestContext
{
    private readonly TestBoard _board = new(); // Problem: 3 dots each, 2 per note at most, hidden until revealed

    private static string VoteCountOf(IRenderedComponent<Whiteboard.Client.Boards.BoardView> cut, Guid noteId) =>
        cut.Find($"[data-testid=note][data-note-id='{noteId}'] [data-testid=vote-count]").GetAttribute("data-count")!;

    [Fact]
    public void Votes_left_is_the_budget_less_my_dots_in_the_stage() // rule V2
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        _board.Votes.AddRange([new Vote(_board.Trainee.Id, a.Id, "problem", true), new Vote(_board.Trainee.Id, b.Id, "problem", true)]);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("1", cut.Find("[data-testid=votes-left]").GetAttribute("data-left"));
        Assert.Contains("剩余 1 票", cut.Find("[data-testid=votes-left]").TextContent);
    }

    [Fact]
    public async Task A_dot_coming_back_lowers_votes_left()
    {
        var note = _board.AddNote("会议太多");
        var (cut, session) = RenderBoard(_board, _board.Trainee);

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new VoteCast(note.Id, "problem", true), _board.Trainee.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=votes-left]").GetAttribute("data-left")));
        Assert.Equal("1", VoteCountOf(cut, note.Id));
    }

    [Fact]
    public void The_vote_button_sends_CastVote_and_the_minus_sends_RetractVote() // rules V1, V3
    {
        var note = _board.AddNote("会议太多");
        _board.Votes.Add(new Vote(_board.Trainee.Id, note.Id, "problem", true));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=vote-button]").Click();
        cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=unvote-button]").Click();

        Assert.Equal([new CastVote(note.Id), new RetractVote(note.Id)], _board.Commands);
    }

    [Fact]
    public void Plus_is_disabled_with_the_reason_once_the_note_has_its_most_dots_or_the_budget_is_spent() // rule V2
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        _board.Votes.AddRange([new Vote(_board.Trainee.Id, a.Id, "problem", true), new Vote(_board.Trainee.Id, a.Id, "problem", true)]);
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        AngleSharp.Dom.IElement Plus(Guid id) => cut.Find($"[data-note-id='{id}'][data-testid=note] [data-testid=vote-button]");

        Assert.True(Plus(a.Id).HasAttribute("disabled"));
        Assert.Equal("这里的票数已达到每张便签的上限。", Plus(a.Id).GetAttribute("title"));
        Assert.False(Plus(b.Id).HasAttribute("disabled"));

        _board.Votes.Add(new Vote(_board.Trainee.Id, b.Id, "problem", true));
        (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.True(Plus(b.Id).HasAttribute("disabled"));
        Assert.Equal("你的票已经投完了。可以先收回一票再投。", Plus(b.Id).GetAttribute("title"));
        Assert.NotNull(cut.Find($"[data-note-id='{a.Id}'][data-testid=note] [data-testid=unvote-button]")); // taking back still works
    }

    [Fact]
    public void A_refused_dot_is_said_briefly_and_goes_by_itself()
    {
        var note = _board.AddNote("会议太多");
        _board.Answer = e => new CommandAck(e.OpId, 0, new Core.Rejections.Rejection(Core.Rejections.RejectionCode.VoteBudgetSpent), null);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=vote-button]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=error-message]")));
        Time.Advance(Whiteboard.Client.Boards.BoardView.VoteRefusalShown);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=error-message]")));
    }

    [Fact]
    public void Without_my_dots_minus_is_disabled_with_the_reason() // rule V3
    {
        _board.AddNote("会议太多");

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var minus = cut.Find("[data-testid=unvote-button]");
        Assert.True(minus.HasAttribute("disabled"));
        Assert.Equal("你没有投给这里的票可以收回。", minus.GetAttribute("title"));
    }

    [Fact]
    public void While_votes_are_hidden_only_my_own_dots_are_counted_and_labelled_so() // rule V4
    {
        var note = _board.AddNote("会议太多");
        _board.Votes.AddRange([
            new Vote(_board.Trainee.Id, note.Id, "problem", true),
            new Vote(Guid.Empty, note.Id, "problem", false), // cast by someone before votes were hidden
        ]);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var count = cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=vote-count]");
        Assert.Equal(("1", "true"), (count.GetAttribute("data-count"), count.GetAttribute("data-only-mine")));
        Assert.Contains("我的票", count.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=results-toggle]"));
    }

    [Fact]
    public void After_the_reveal_everyones_dots_are_counted()
    {
        var note = _board.AddNote("会议太多");
        _board.SetStage("problem", s => s with { VotesRevealed = true });
        _board.Votes.AddRange([
            new Vote(_board.Trainee.Id, note.Id, "problem", false),
            new Vote(Guid.Empty, note.Id, "problem", false),
            new Vote(Guid.Empty, note.Id, "problem", false),
        ]);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var count = cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=vote-count]");
        Assert.Equal(("3", "false"), (count.GetAttribute("data-count"), count.GetAttribute("data-only-mine")));
        Assert.DoesNotContain("我的票", count.TextContent);
    }

    [Fact]
    public void A_dot_past_the_budget_is_refused_with_the_reason() // rule V2: the server decides
    {
        var note = _board.AddNote("会议太多");
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.VoteBudgetSpent), null);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find($"[data-note-id='{note.Id}'][data-testid=note] [data-testid=vote-button]").Click();

        cut.WaitForAssertion(() => Assert.Equal("你的票已经投完了。可以先收回一票再投。", cut.Find("[data-testid=error-message] span").TextContent));
    }

    [Fact]
    public void A_stage_without_a_budget_has_no_voting()
    {
        var board = new TestBoard(openStage: "action");
        board.AddNote("下周一前提交方案", stageId: "action");

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=vote-button]"));
        Assert.Empty(cut.FindAll("[data-testid=votes-left]"));
    }

    [Fact]
    public void A_cluster_has_its_own_vote_button()
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        var cluster = _board.AddCluster("会议与审批", a, b);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find($"[data-testid=cluster][data-cluster-id='{cluster.Id}'] .cluster-header [data-testid=vote-button]").Click();

        Assert.Equal(new CastVote(cluster.Id), Assert.Single(_board.Commands));
    }

    [Fact]
    public void Revealed_results_rank_clusters_and_notes_apart_each_by_its_own_dots()
    {
        var a = _board.AddNote("会议太多");
        var b = _board.AddNote("审批流程长");
        var loose = _board.AddNote("信息不通");
        var none = _board.AddNote("基层负担重");
        var cluster = _board.AddCluster("会议与审批", a, b);
        _board.SetStage("problem", s => s with { VotesRevealed = true });
        _board.Votes.AddRange([
            new Vote(Guid.Empty, loose.Id, "problem", false), new Vote(Guid.Empty, loose.Id, "problem", false),
            new Vote(Guid.Empty, cluster.Id, "problem", false), new Vote(Guid.Empty, a.Id, "problem", false),
            new Vote(Guid.Empty, a.Id, "problem", false),
        ]);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=results-toggle]").Click();

        // Rule V4: the cluster has the one dot cast on it; its notes keep their own, listed with the notes
        string[] Ids(string list) => [.. cut.FindAll($"[data-testid=results-{list}] [data-testid=result-row]").Select(r => r.GetAttribute("data-target-id")!)];
        string[] Scores(string list) => [.. cut.FindAll($"[data-testid=results-{list}] [data-testid=result-row]").Select(r => r.GetAttribute("data-score")!)];
        Assert.Equal([cluster.Id.ToString()], Ids("clusters"));
        Assert.Equal(["1"], Scores("clusters"));
        Assert.Equal("包含：会议太多、审批流程长", cut.Find("[data-testid=result-cluster-notes]").TextContent);
        Assert.Equal([a.Id.ToString(), loose.Id.ToString(), none.Id.ToString(), b.Id.ToString()], Ids("notes"));
        Assert.Equal(["2", "2", "0", "0"], Scores("notes"));
        Assert.Equal(["在归类“会议与审批”中", "在归类“会议与审批”中"], cut.FindAll("[data-testid=result-in-cluster]").Select(e => e.TextContent));
    }
}
