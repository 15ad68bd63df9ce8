using Whiteboard.Core.Insights;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Ratings;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Participation insight: notes per person and per stage, in the room and remote, votes, stage durations, and how
/// evenly the group contributed. Anonymous stages stay anonymous: their notes are counted for the group, never per person (H3).
/// </summary>
public class ParticipationInsightTests
{
    private static GroupInsight Insight(BoardState board) => Assert.Single(ParticipationInsight.Of([board], BoardLanguage.ZhCn).Groups);

    private static Dictionary<string, int> NotesByName(GroupInsight group) => group.People.ToDictionary(p => p.Name, p => p.Notes);

    [Fact]
    public void Named_notes_are_counted_per_person_and_stage_anonymous_ones_only_for_the_group()
    {
        // The case: problem and reflection notes are anonymous (one of each never revealed), each wrote one named plan idea
        var c = new CaseBoard();

        var group = Insight(c.Board.State);

        Assert.Equal(["Bob", "王芳", "陈静"], group.People.Select(p => p.Name)); // equal counts: by name
        Assert.All(group.People, p => Assert.Equal(
            new Dictionary<string, int> { [StageIds.Problem] = 0, [StageIds.Plan] = 1, [StageIds.Action] = 0, [StageIds.Reflection] = 0, [StageIds.Summary] = 0 },
            p.NotesByStage));
        Assert.Equal(8, group.AnonymousNotes); // 5 problems and 3 reflections, revealed or not
        Assert.Equal([(5, 5), (3, 0), (0, 0), (3, 3), (0, 0)], group.Stages.Select(s => (s.Notes, s.AnonymousNotes)));
    }

    [Fact]
    public void Anonymous_notes_never_count_per_person_even_when_the_facilitator_may_see_their_authors()
    {
        // Rule H3: HiddenFromParticipants notes carry their author for facilitators; the insight (for facilitators) still never
        // ties them to a person
        var c = new CaseBoard(facilitatorSeesAuthors: true);
        Assert.Equal(NoteAnonymity.HiddenFromParticipants, c.Board.Note(c.Meetings).Anonymity);

        var group = Insight(c.Board.State);

        Assert.All(group.People, p => Assert.Equal(0, p.NotesByStage[StageIds.Problem]));
        Assert.Equal([1, 1, 1], group.People.Select(p => p.Notes));
        Assert.Equal(8, group.AnonymousNotes);
    }

    [Fact]
    public void Participants_in_the_room_and_remote_without_facilitators_and_observers()
    {
        var c = new CaseBoard(); // 王芳 and 陈静 in the room, Bob remote; a facilitator and an observer

        var group = Insight(c.Board.State);

        Assert.Equal((2, 1), (group.InRoom, group.Remote));
        Assert.Equal([ParticipantLocation.Remote, ParticipantLocation.InRoom, ParticipantLocation.InRoom], group.People.Select(p => p.Location));
        Assert.DoesNotContain(group.People, p => p.Name is "李老师" or "旁听");
    }

    [Fact]
    public void Votes_cast_and_stage_durations()
    {
        // Every dot counts, revealed or not (a number says nothing of who voted for what, V4); a stage still running has no duration
        var c = new CaseBoard(revealPlanVotes: false, finish: false);

        var group = Insight(c.Board.State);

        Assert.Equal(14, group.VotesCast);
        Assert.Equal([7, 7, 0, 0, 0], group.Stages.Select(s => s.Votes));
        Assert.Equal([25.0, 20, 20, 10, null], group.Stages.Select(s => s.Duration?.TotalMinutes));
        Assert.Equal("提出问题", group.Stages[0].Title);
    }

    [Theory]
    [InlineData(new[] { 6, 3, 1, 0, 0, 0 }, 9.0 / 10)] // the top third, 2 of 6 people, wrote 9 of 10 notes
    [InlineData(new[] { 1, 1, 1 }, 1.0 / 3)] // perfectly even
    [InlineData(new[] { 2, 1, 1, 0 }, 3.0 / 4)] // a third of 4 people is 2 (rounded up)
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4 }, 3.0 / 7)]
    [InlineData(new[] { 0, 5 }, 1.0)]
    public void Top_third_share_is_the_share_of_named_notes_the_most_active_third_wrote(int[] notes, double share)
    {
        var board = BrainstormWith(notes);

        var group = Insight(board.State);

        Assert.Equal(share, group.TopThirdShare!.Value, precision: 12);
        Assert.Equal(notes.OrderDescending(), group.People.Select(p => p.Notes)); // most active first
    }

    [Fact]
    public void Top_third_share_is_null_without_named_notes()
    {
        // Nobody wrote under their name: nothing to measure (an anonymous stage says nothing of who spoke)
        var c = ActionLearningAt(StageIds.Problem);
        c.AddNote(Alice, "会议太多");
        c.AddNote(Bob, "审批流程长");

        Assert.Null(Insight(c.State).TopThirdShare);
        Assert.Null(Insight(Created().State).TopThirdShare); // nobody joined
        Assert.Null(Insight(BrainstormWith([0, 0, 0]).State).TopThirdShare);
    }

    [Fact]
    public void Workshop_totals_add_up_the_groups_in_group_order()
    {
        var first = new CaseBoard();
        var second = BrainstormWith([2, 1], group: 2);
        second.Accept(new CastVote(second.State.Notes.Keys.First()), Person(1));

        var insight = ParticipationInsight.Of([second.State, first.Board.State], BoardLanguage.En);

        Assert.Equal([1, 2], insight.Groups.Select(g => g.GroupNumber));
        Assert.Equal((2 + 2, 1), (insight.InRoom, insight.Remote));
        Assert.Equal(3 + 8 + 3, insight.Notes);
        Assert.Equal(14 + 1, insight.VotesCast);
        Assert.Equal("Problem", insight.Groups[0].Stages[0].Title);
    }

    [Fact]
    public void Workshop_counts_a_participant_moved_to_another_group_once()
    {
        // Rule W3: the facilitator moved 王芳 from group 1 to group 2 (ParticipantLeft there, ParticipantJoined here); the
        // workshop has three participants: 王芳 and 陈静 in the room, Bob remote
        var first = WithParticipants(); // 王芳 in the room, Bob remote
        var second = Empty();
        second.Accept(Creating("周会回顾", group: 2), Guid.Empty);
        second.Join(Carol, "陈静");
        first.Accept(new LeaveBoard(Alice), Alice);
        second.Join(Alice, "王芳");

        var insight = ParticipationInsight.Of([first.State, second.State], BoardLanguage.ZhCn);

        Assert.Equal((2, 1), (insight.InRoom, insight.Remote));
    }

    [Fact]
    public void Workshop_note_total_counts_every_note_of_its_stages()
    {
        // The workshop's total and the stages' counts are of the same notes: a facilitator's note is a note too
        var board = BrainstormWith([2, 1]);
        board.AddNote(Facilitator, "引导师的便签");

        var insight = ParticipationInsight.Of([board.State], BoardLanguage.ZhCn);

        Assert.Equal(4, insight.Groups[0].Stages.Sum(s => s.Notes));
        Assert.Equal(4, insight.Notes);
    }

    [Fact]
    public void Questions_and_answers_count_per_step_and_for_their_writer_only_when_named()
    {
        // Rules Q5, H3: the plan's first thread is named; once the step is anonymous, a question and an answer count for the
        // step only — and so do the facilitator's, who is no trainee
        var board = ActionLearningAt(StageIds.Plan);
        board.Accept(new AllowQuestions(StageIds.Plan, true), Facilitator);
        var idea = board.AddNote(Alice, "先做试点");
        var named = Guid.NewGuid();
        board.Accept(new AskQuestion(named, idea, "试点选哪个科室？"), Bob);
        board.Accept(new AnswerQuestion(Guid.NewGuid(), named, "窗口科"), Alice);
        board.Accept(new AnswerQuestion(Guid.NewGuid(), named, "或者综合科"), Carol);
        board.Accept(new AskQuestion(Guid.NewGuid(), idea, "多久见效？"), Facilitator);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = true, FacilitatorSeesAuthors = true });
        var anonymous = Guid.NewGuid();
        board.Accept(new AskQuestion(anonymous, idea, "谁来牵头？"), Bob);
        board.Accept(new AnswerQuestion(Guid.NewGuid(), anonymous, "王处"), Alice);

        var group = Insight(board.State);

        var plan = group.Stages.Single(s => s.StageId == StageIds.Plan);
        Assert.Equal((3, 3), (plan.Questions, plan.Answers));
        Assert.Equal([(0, 0)], group.Stages.Where(s => s.StageId != StageIds.Plan).Select(s => (s.Questions, s.Answers)).Distinct());
        var people = group.People.ToDictionary(p => p.Name);
        Assert.Equal((1, 0), (people["Bob"].QuestionsByStage[StageIds.Plan], people["Bob"].AnswersByStage[StageIds.Plan]));
        Assert.Equal((0, 1), (people["王芳"].QuestionsByStage[StageIds.Plan], people["王芳"].AnswersByStage[StageIds.Plan]));
        Assert.Equal((0, 1), (people["陈静"].Questions, people["陈静"].Answers));
        var workshop = ParticipationInsight.Of([board.State], BoardLanguage.ZhCn);
        Assert.Equal((3, 3), (workshop.Questions, workshop.Answers));
        Assert.Equal([true, true, false, false, false], group.Stages.Select(s => s.Ran));
    }

    [Fact]
    public void Ratings_count_for_their_step_only_once_revealed_and_never_per_person()
    {
        // Rules R4, R5: before the reveal the facilitator may know nothing of the scores, not even how many; after it,
        // the items, the raters' sheets and the scores — by nobody's name
        RatingCriterion[] criteria = [new("importance", new LocalizedText("重要性", "Importance"), 2), new("cost", new LocalizedText("成本", "Cost"), 1)];
        var board = WithSteps(
            new StageDefinition("choose", StageKind.Plan, new LocalizedText("选择", "Choose"), new LocalizedText("打分", "Score"), StageSettings.Open,
                StageCapabilities.Notes | StageCapabilities.Rating, Criteria: criteria),
            new StageDefinition("act", StageKind.Action, new LocalizedText("行动", "Act"), new LocalizedText("", ""), StageSettings.Open,
                StageCapabilities.Notes | StageCapabilities.ActionItems));
        var pilot = board.AddNote(Alice, "先做试点");
        var coach = board.AddNote(Alice, "请外部顾问");
        board.Accept(new RateItem(pilot, "importance", 5), Alice);
        board.Accept(new RateItem(pilot, "cost", 3), Alice);
        board.Accept(new RateItem(pilot, "importance", 4), Bob);
        board.Accept(new RateItem(coach, "importance", 2), Bob);

        var before = Insight(board.State).Stages;
        board.Accept(new RevealRatings("choose"), Facilitator);
        var after = Insight(board.State);

        Assert.Equal([new RatingActivity(false, 0, 0, 0), null], before.Select(s => s.Ratings));
        Assert.Equal(new RatingActivity(true, 2, 3, 4), after.Stages[0].Ratings);
        Assert.Null(after.Stages[1].Ratings); // a step that does not rate
    }

    private static Guid Person(int n) => Guid.Parse($"00000000-0000-4000-8000-{n:x12}");

    /// <summary>An open brainstorm (named notes) where the i-th participant (P1, P2, …, in the room) wrote notes[i] notes; dots allowed.</summary>
    private static TestBoard BrainstormWith(int[] notes, int group = 1)
    {
        var board = Empty();
        board.Accept(Creating("周会回顾", group: group), Guid.Empty);
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Configure(Brainstorm, s => s with { VoteBudget = 3, MaxVotesPerNote = 3 });
        for (var i = 0; i < notes.Length; i++)
        {
            var person = Person(i + 1);
            board.Join(person, $"P{i + 1}");
            for (var n = 0; n < notes[i]; n++) board.AddNote(person, $"P{i + 1} 的第 {n + 1} 张");
        }
        return board;
    }
}
