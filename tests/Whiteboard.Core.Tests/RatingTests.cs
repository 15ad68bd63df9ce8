using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;

namespace Whiteboard.Core.Tests;

/// <summary>Rules R1–R5: rating notes and clusters 1–5 on weighted criteria, hidden until the facilitator reveals them.</summary>
public class RatingTests
{
    private const string Choose = "choose";
    private static readonly RatingCriterion Importance = new("importance", new LocalizedText("重要性", "Importance"), 2);
    private static readonly RatingCriterion Feasibility = new("feasibility", new LocalizedText("可行性", "Feasibility"), 1);

    private static StageDefinition Step(string id = Choose, StageCapabilities capabilities = StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Rating,
        IReadOnlyList<RatingCriterion>? criteria = null) =>
        new(id, StageKind.Plan, new LocalizedText("选择", "Choose"), new LocalizedText("打分", "Score"), StageSettings.Open, capabilities,
            Criteria: criteria ?? [Importance, Feasibility]);

    private static TestBoard Rating() => WithSteps(Step(), Step("act", StageCapabilities.Notes | StageCapabilities.ActionItems));

    private static RatingCriterion Criterion(string id = "cost", string name = "成本", int weight = 1) => new(id, new LocalizedText(name, name), weight);

    [Fact]
    public void A_score_again_replaces_the_last_and_clearing_removes_it()
    {
        // Rule R2
        var board = Rating();
        var idea = board.AddNote(Alice, "先做试点");

        Assert.Equal(new ItemRated(idea, Choose, "importance", 3), board.Accept(new RateItem(idea, "importance", 3), Bob));
        board.Accept(new RateItem(idea, "importance", 5), Bob);
        board.Accept(new RateItem(idea, "feasibility", 2), Bob);
        board.Accept(new RateItem(idea, "importance", 4), Alice);

        Assert.Equal(5, RatingResults.ScoreOf(board.State, Bob, idea, "importance"));
        Assert.Equal(3, board.State.Ratings.Count);
        Assert.Single(board.State.Ratings.Where(r => r.RaterId == Bob).Select(r => r.SheetId).Distinct());

        board.Accept(new RateItem(idea, "importance", null), Bob);
        Assert.Null(RatingResults.ScoreOf(board.State, Bob, idea, "importance"));
        Assert.Equal(2, board.State.Ratings.Count);
        Assert.Equal(RejectionCode.NoScoreToClear, board.Reject(new RateItem(idea, "importance", null), Bob));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_score_outside_one_to_five_is_refused(int score)
    {
        // Rule R2
        var board = Rating();
        var idea = board.AddNote(Alice);

        Assert.Equal(RejectionCode.ScoreOutOfRange, board.Reject(new RateItem(idea, "importance", score), Bob));
        Assert.Equal(RejectionCode.ScoreOutOfRange, RatingAccess.CheckRate(board.State, idea, "importance", score, board.ViewerOf(Bob)));
    }

    [Fact]
    public void Scores_go_only_on_a_known_criterion_of_a_visible_item_in_a_rating_step_that_may_change()
    {
        // Rules R2, ST5, ST10, H4, P3
        var board = Rating();
        var idea = board.AddNote(Alice);

        Assert.Equal(RejectionCode.CriterionNotFound, board.Reject(new RateItem(idea, "cost", 3), Bob));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RateItem(Guid.NewGuid(), "importance", 3), Bob));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new RateItem(idea, "importance", 3), Observer));
        board.Accept(new LockStage(Choose), Facilitator);
        Assert.Equal(RejectionCode.StageLocked, board.Reject(new RateItem(idea, "importance", 3), Bob));
        board.Accept(new RateItem(idea, "importance", 3), Facilitator); // ST3: a locked stage is still the facilitator's
        board.Accept(new UnlockStage(Choose), Facilitator);
        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new RateItem(idea, "importance", 3), Bob));

        var plain = WithSteps(Step(capabilities: StageCapabilities.Notes));
        var note = plain.AddNote(Alice);
        Assert.Equal(RejectionCode.NoRatingInStage, plain.Reject(new RateItem(note, "importance", 3), Bob));
        Assert.Equal(RejectionCode.NoRatingInStage, RatingAccess.CheckRating(plain.State, Choose, plain.ViewerOf(Bob)));
    }

    [Fact]
    public void A_note_still_hidden_in_private_writing_is_not_rated()
    {
        // Rules H4, R2
        var board = Rating();
        board.Configure(Choose, s => s with { PrivateWriting = true });
        var idea = board.AddNote(Alice);

        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new RateItem(idea, "importance", 3), Alice));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RateItem(idea, "importance", 3), Bob));
    }

    [Fact]
    public void A_cluster_is_rated_like_a_note_and_its_scores_go_when_it_is_dissolved_as_a_deleted_notes_do()
    {
        // Rules R2, R3
        var board = Rating();
        var (a, b) = (board.AddNote(Alice, "会议多"), board.AddNote(Bob, "汇报多"));
        var cluster = Guid.NewGuid();
        board.Accept(new CreateCluster(cluster, [a, b], "会议"), Alice);
        var loose = board.AddNote(Alice, "先做试点");
        board.Accept(new RateItem(cluster, "importance", 4), Bob);
        board.Accept(new RateItem(loose, "importance", 2), Bob);
        Assert.Equal([cluster, loose], board.State.Ratings.Select(r => r.TargetId));

        board.Accept(new DissolveCluster(cluster), Alice);
        board.Accept(new DeleteNote(loose), Alice);

        Assert.Empty(board.State.Ratings);
    }

    [Fact]
    public void The_facilitator_sets_criteria_until_the_first_score()
    {
        // Rules R1, ST7
        var board = Rating();
        var idea = board.AddNote(Alice);
        IReadOnlyList<RatingCriterion> mine = [Criterion("cost", "成本", 1), Criterion("time", "见效时间", 3)];

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new SetCriteria(Choose, mine), Alice));
        board.Accept(new SetCriteria(Choose, mine), Facilitator);
        Assert.Equal(["cost", "time"], board.Stage(Choose).Criteria!.Select(c => c.Id));
        Assert.Equal(RejectionCode.CriterionNotFound, board.Reject(new RateItem(idea, "importance", 3), Bob));

        board.Accept(new RateItem(idea, "time", 3), Bob);
        Assert.Equal(RejectionCode.RatingStarted, board.Reject(new SetCriteria(Choose, [Importance]), Facilitator));
        Assert.Equal(RejectionCode.NoRatingInStage, board.Reject(new SetCriteria("act", [Importance]), Facilitator));
        Assert.Equal(RejectionCode.StageNotFound, board.Reject(new SetCriteria("nowhere", [Importance]), Facilitator));
    }

    public static TheoryData<RatingCriterion[]> BadCriteria => new()
    {
        Array.Empty<RatingCriterion>(),
        Enumerable.Range(1, 9).Select(i => Criterion($"c{i}")).ToArray(),
        new[] { Criterion(weight: 0) },
        new[] { Criterion(weight: 6) },
        new[] { Criterion(name: "") },
        new[] { Criterion(name: " 成本") },
        new[] { Criterion(name: new string('标', 21)) },
        new[] { Criterion(name: "成\u0007本") },
        new[] { Criterion("cost"), Criterion("cost", "费用") },
        new[] { Criterion("Cost") },
        new[] { Criterion("") },
        new[] { new RatingCriterion("cost", new LocalizedText("成本", null!), 1) },
        new RatingCriterion[] { null! },
    };

    [Theory]
    [MemberData(nameof(BadCriteria))]
    public void Criteria_out_of_range_are_refused(RatingCriterion[] criteria)
    {
        // Rule R1
        var board = Rating();

        Assert.Equal(RejectionCode.InvalidCriteria, board.Reject(new SetCriteria(Choose, criteria), Facilitator));
    }

    [Fact]
    public void Scores_reach_only_their_rater_until_the_reveal_then_everyone_without_raters_and_are_final()
    {
        // Rule R4
        var board = Rating();
        var idea = board.AddNote(Alice);
        board.Accept(new RateItem(idea, "importance", 5), Alice);
        board.Accept(new RateItem(idea, "importance", 2), Bob);

        foreach (var person in new[] { Bob, Facilitator, Observer })
            Assert.IsType<EventHidden>(board.Received(person).Last(e => e.Seq == board.State.Seq - 1).Event);
        Assert.Equal([2], board.ClientState(Bob).Ratings.Select(r => r.Score));
        Assert.Empty(board.ClientState(Facilitator).Ratings);
        Assert.Empty(Visibility.Snapshot(board.State, board.ViewerOf(Observer)).Ratings);

        board.Accept(new RevealRatings(Choose), Facilitator);

        foreach (var person in new[] { Alice, Bob, Facilitator, Observer })
        {
            var seen = board.ClientState(person);
            Assert.Equal([2, 5], seen.Ratings.Select(r => r.Score).Order());
            Assert.All(seen.Ratings, r => Assert.True(r.RaterId == Guid.Empty || r.RaterId == person));
            Assert.Equal(2, RatingResults.Of(seen, Choose).Single().Raters);
        }
        Assert.Equal(RejectionCode.RatingsFinal, board.Reject(new RateItem(idea, "importance", 3), Bob));
        Assert.Equal(RejectionCode.RatingsFinal, RatingAccess.CheckRate(board.State, idea, "feasibility", 3, board.ViewerOf(Alice)));
        Assert.Equal(RejectionCode.RatingStarted, board.Reject(new SetCriteria(Choose, [Importance]), Facilitator));
    }

    [Fact]
    public void Results_rank_by_the_weighted_mean_with_the_spread_of_the_raters_and_their_number()
    {
        // Rule R5: importance ×2, feasibility ×1
        var board = Rating();
        var (pilot, coach) = (board.AddNote(Alice, "先做试点"), board.AddNote(Bob, "请外部顾问"));
        board.Accept(new RateItem(pilot, "importance", 5), Alice); // Alice: (2×5 + 2) / 3 = 4
        board.Accept(new RateItem(pilot, "feasibility", 2), Alice);
        board.Accept(new RateItem(pilot, "importance", 3), Bob);   // Bob: (2×3 + 5) / 3 = 11/3
        board.Accept(new RateItem(pilot, "feasibility", 5), Bob);
        board.Accept(new RateItem(coach, "importance", 2), Alice);  // one rater, one criterion
        board.Accept(new RevealRatings(Choose), Facilitator);

        var results = RatingResults.Of(board.ClientState(Bob), Choose);

        Assert.Equal([pilot, coach], results.Select(r => r.TargetId));
        var first = results[0];
        Assert.Equal((2 * 4 + 3.5) / 3, first.WeightedMean, 9); // the criteria's means, weighted
        Assert.Equal((11.0 / 3, 4.0), (first.Lowest, first.Highest));
        Assert.Equal((4 - 11.0 / 3) / 2, first.StandardDeviation, 9);
        Assert.Equal(2, first.Raters);
        Assert.Equal([("importance", 4.0, 2), ("feasibility", 3.5, 2)], first.Criteria.Select(c => (c.CriterionId, c.Mean, c.Scores)));
        Assert.Equal((2.0, 2.0, 2.0, 0.0, 1, "请外部顾问"), (results[1].WeightedMean, results[1].Lowest, results[1].Highest,
            results[1].StandardDeviation, results[1].Raters, results[1].Text));
        Assert.Equal(Json(RatingResults.Of(board.State, Choose)), Json(results)); // every view ranks alike
    }
}
