using Whiteboard.Core.Ratings;

namespace Whiteboard.Client.Tests.Ratings;

/// <summary>Rating on criteria on the board (docs/RULES.md R1–R5): the sheet, the results, the facilitator's controls.</summary>
public class RatingTests : ClientTestContext
{
    private static readonly RatingCriterion Importance = new("importance", new("重要性", "Importance"), 2);
    private static readonly RatingCriterion Feasibility = new("feasibility", new("可行性", "Feasibility"), 1);

    private readonly TestBoard _board = new();

    public RatingTests() => _board.SetStage("problem", s => s with
    {
        Capabilities = StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Rating,
        Criteria = [Importance, Feasibility],
    });

    private static AngleSharp.Dom.IElement RateButton(IRenderedComponent<Whiteboard.Client.Boards.BoardView> cut, Guid noteId) =>
        cut.Find($"[data-testid=note][data-note-id='{noteId}'] [data-testid=rate-button]");

    private static AngleSharp.Dom.IElement Score(IRenderedComponent<Whiteboard.Client.Boards.BoardView> cut, string criterion, int score) =>
        cut.Find($"[data-testid=criterion-row][data-criterion-id='{criterion}'] [data-testid=score-button][data-score='{score}']");

    [Fact]
    public void A_note_in_a_rating_step_opens_a_sheet_of_one_to_five_per_criterion_that_sends_the_score() // rule R2
    {
        var note = _board.AddNote("先做试点");
        _board.Ratings.Add(new Rating(_board.Trainee.Id, Guid.NewGuid(), note.Id, "problem", "feasibility", 2));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("1", RateButton(cut, note.Id).GetAttribute("data-scored"));
        Assert.Contains("1/2", RateButton(cut, note.Id).TextContent);
        RateButton(cut, note.Id).Click();

        Assert.Equal(["importance", "feasibility"], cut.FindAll("[data-testid=criterion-row]").Select(r => r.GetAttribute("data-criterion-id")));
        Assert.Contains("重要性 ×2", cut.Find("[data-testid=criterion-row]").TextContent);
        Assert.Equal("true", Score(cut, "feasibility", 2).GetAttribute("aria-pressed"));
        Assert.Equal(5, cut.FindAll("[data-criterion-id=importance] [data-testid=score-button]").Count);
        Assert.True(cut.Find("[data-criterion-id=importance] [data-testid=clear-score]").HasAttribute("disabled"));

        Score(cut, "importance", 4).Click();
        cut.Find("[data-criterion-id=feasibility] [data-testid=clear-score]").Click();

        Assert.Equal([new RateItem(note.Id, "importance", 4), new RateItem(note.Id, "feasibility", null)], _board.Commands);
    }

    [Fact]
    public void In_a_locked_stage_the_scores_are_off_with_the_reason() // rules R2, ST5
    {
        var note = _board.AddNote("先做试点");
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        RateButton(cut, note.Id).Click();

        Assert.True(Score(cut, "importance", 3).HasAttribute("disabled"));
        Assert.Equal("促进师已锁定这个阶段，内容暂时不能修改。", cut.Find("[data-testid=rating-blocked]").TextContent.Trim());
    }

    [Fact]
    public void Observers_rate_nothing_and_a_stage_without_rating_shows_no_button() // rules P3, ST10
    {
        _board.AddNote("先做试点");
        var (observer, _) = RenderBoard(_board, _board.Observer);
        Assert.Single(observer.FindAll("[data-testid=note]"));
        Assert.Empty(observer.FindAll("[data-testid=rate-button]"));

        var plain = new TestBoard();
        plain.AddNote("会议太多");
        var (cut, _) = RenderBoard(plain, plain.Trainee);
        Assert.Empty(cut.FindAll("[data-testid=rate-button]"));
    }

    [Fact]
    public void After_the_reveal_the_results_rank_by_weighted_mean_with_the_spread_and_raters() // rule R5
    {
        var pilot = _board.AddNote("先做试点");
        var coach = _board.AddNote("请外部顾问");
        _board.SetStage("problem", s => s with { RatingsRevealed = true });
        var (alice, bob) = (Guid.NewGuid(), Guid.NewGuid());
        _board.Ratings.AddRange([
            new Rating(Guid.Empty, alice, pilot.Id, "problem", "importance", 5), new Rating(Guid.Empty, alice, pilot.Id, "problem", "feasibility", 2),
            new Rating(_board.Trainee.Id, bob, pilot.Id, "problem", "importance", 3), new Rating(_board.Trainee.Id, bob, pilot.Id, "problem", "feasibility", 4),
            new Rating(Guid.Empty, Guid.NewGuid(), coach.Id, "problem", "importance", 1),
        ]);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=rating-results-toggle]").Click();

        var rows = cut.FindAll("[data-testid=rating-result-row]");
        Assert.Equal([pilot.Id.ToString(), coach.Id.ToString()], rows.Select(r => r.GetAttribute("data-target-id")));
        Assert.Equal("3.67", rows[0].GetAttribute("data-weighted-mean"));
        Assert.Equal("分歧 3.33–4.00（标准差 0.33），2 人评分", rows[0].QuerySelector("[data-testid=rating-spread]")!.TextContent.Trim());
        Assert.Contains("重要性 ×2、可行性 ×1", cut.Find("[data-testid=rating-results]").TextContent);
    }

    [Fact]
    public void The_facilitator_reveals_the_scores_and_sets_the_criteria_until_rating_starts() // rules R1, R4
    {
        var note = _board.AddNote("先做试点");
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=reveal-ratings]").Click();
        cut.Find("[data-testid=edit-criteria]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=criterion-edit]").Count);
        cut.FindAll("[data-testid=remove-criterion]")[1].Click();
        cut.Find("[data-testid=add-criterion]").Click();
        cut.FindAll("[data-testid=criterion-name]")[1].Input(" 见效快 ");
        cut.FindAll("[data-testid=criterion-weight]")[1].Change("3");
        cut.Find("[data-testid=save-criteria]").Click();

        Assert.Equal(new RevealRatings("problem"), _board.Commands.First());
        var set = Assert.IsType<SetCriteria>(_board.Commands.Last());
        Assert.Equal([("importance", "重要性", "Importance", 2), ("见效快", "见效快", 3)],
            set.Criteria.Select(c => (object)(c.Id == "importance" ? (c.Id, c.Name.ZhCn, c.Name.En, c.Weight) : (c.Name.ZhCn, c.Name.En, c.Weight))));

        _board.Ratings.Add(new Rating(_board.Trainee.Id, Guid.NewGuid(), note.Id, "problem", "importance", 4));
        (cut, _) = RenderBoard(_board, _board.Facilitator);
        Assert.True(cut.Find("[data-testid=edit-criteria]").HasAttribute("disabled"));
        Assert.Equal("已经有人开始评分，评分标准不能再改。", cut.Find("[data-testid=edit-criteria]").GetAttribute("title"));
    }

    [Fact]
    public void Criteria_the_core_would_refuse_are_not_sent_and_say_why() // rule R1
    {
        _board.AddNote("先做试点");
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=edit-criteria]").Click();
        cut.FindAll("[data-testid=criterion-name]")[0].Input("");
        cut.Find("[data-testid=save-criteria]").Click();

        Assert.NotNull(cut.Find("[data-testid=criteria-problem]"));
        Assert.DoesNotContain(_board.Commands, c => c is SetCriteria);
    }
}
