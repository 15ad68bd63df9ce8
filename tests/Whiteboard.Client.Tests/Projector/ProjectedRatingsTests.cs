using Whiteboard.Client.Projector;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Ratings;

namespace Whiteboard.Client.Tests.Projector;

/// <summary>A rating step's revealed results on the classroom wall (rules R4, R5), shared out among the groups.</summary>
public class ProjectedRatingsTests : ClientTestContext
{
    private static readonly StageDefinition Step = new("score", StageKind.Plan, new LocalizedText("方案打分", "Score"), new LocalizedText("打分", "Score"),
        StageSettings.Open, StageCapabilities.Notes | StageCapabilities.Rating,
        Criteria: [new RatingCriterion("importance", new LocalizedText("重要性", "Importance"), 2)]);

    /// <summary>A group's board in the step, each option scored by one trainee, decided and applied by the core.</summary>
    private static BoardState Rated(int group, bool reveal, params (string Text, int Score)[] options)
    {
        var (facilitator, trainee) = (Guid.NewGuid(), Guid.NewGuid());
        var state = BoardState.Empty(Guid.NewGuid());
        var at = TestBoard.Start;
        void Apply(BoardEvent e, Guid actor)
        {
            at = at.AddMinutes(1);
            state = Board.Apply(state, new EventEnvelope(state.Seq + 1, Guid.NewGuid(), actor, at, e));
        }
        void Do(BoardCommand command, Guid actor)
        {
            var decision = Board.Decide(state, command, new CommandContext(actor, at));
            Assert.True(decision.IsAccepted, $"{command} refused: {decision.Rejection}");
            Apply(decision.Event!, actor);
        }
        Apply(new BoardCreated("决策", BoardLanguage.ZhCn, Guid.Empty, group, [Step], FirstStageOpen: true), Guid.Empty);
        Do(new JoinBoard(facilitator, "王老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom), Guid.Empty);
        Do(new JoinBoard(trainee, "李明", ParticipantRole.Participant, ParticipantLocation.InRoom), Guid.Empty);
        foreach (var (text, score) in options)
        {
            var note = Guid.NewGuid();
            Do(new AddNote(note, "score", text, NoteColor.Yellow, 0, 0), trainee);
            Do(new RateItem(note, "importance", score), trainee);
        }
        if (reveal) Do(new RevealRatings("score"), facilitator);
        return state;
    }

    private IRenderedComponent<ProjectedRatings> RenderWall(params BoardState[] boards) =>
        Render<ProjectedRatings>(p => p.Add(c => c.Boards, boards).Add(c => c.StageId, "score"));

    [Fact]
    public void Three_revealed_groups_share_the_wall_and_a_group_not_yet_revealed_shows_nothing()
    {
        // Rule R4: group 2's scores are still its raters' own; the others show their top two of six places
        var cut = RenderWall(
            Rated(3, reveal: true, ("甲", 2), ("乙", 5), ("丙", 4)),
            Rated(1, reveal: true, ("试点", 3), ("顾问", 4)),
            Rated(2, reveal: false, ("保密", 5)),
            Rated(4, reveal: true, ("例会", 1)));

        var groups = cut.FindAll("[data-testid=projected-rating-group]");
        Assert.Equal(["1", "3", "4"], groups.Select(g => g.GetAttribute("data-group-number")));
        Assert.Equal(["顾问", "试点"], groups[0].QuerySelectorAll(".what").Select(w => w.TextContent));
        Assert.Equal(["乙", "丙"], groups[1].QuerySelectorAll(".what").Select(w => w.TextContent));
        Assert.Equal("另有 1 项，见白板上的评分结果", groups[1].QuerySelector(".more")!.TextContent);
        Assert.Equal(["1.00"], groups[2].QuerySelectorAll("[data-testid=projected-rating]").Select(r => r.GetAttribute("data-weighted-mean")));
        Assert.DoesNotContain("保密", cut.Markup);
        Assert.Equal("重要性 4.0", groups[0].QuerySelector("[data-testid=projected-rating-criteria]")!.TextContent);
    }

    [Fact]
    public void One_group_shows_six_options_at_most()
    {
        var cut = RenderWall(Rated(1, reveal: true, [.. Enumerable.Range(1, 8).Select(i => ($"方案{i}", 1 + (i % 5)))]));

        Assert.Equal(ProjectedRatings.MaxShown, cut.FindAll("[data-testid=projected-rating]").Count);
        Assert.Equal("另有 2 项，见白板上的评分结果", cut.Find(".more").TextContent);
        Assert.Empty(cut.FindAll("h3")); // one group: no group names
    }
}
