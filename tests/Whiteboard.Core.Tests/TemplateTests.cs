using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>The templates a workshop's boards are made from (rule W1).</summary>
public class TemplateTests
{
    private static IReadOnlyList<StageDefinition> ActionLearningStages => Templates.StagesOf(WorkshopTemplate.ActionLearning);

    private static StageSettings SettingsOf(string stageId) => ActionLearningStages.Single(s => s.Id == stageId).Settings;

    public static TheoryData<WorkshopTemplate> AllTemplates => new(Enum.GetValues<WorkshopTemplate>());

    [Fact]
    public void Action_learning_has_five_stages_in_order()
    {
        // Rule W1, ST1
        Assert.Equal(
            [
                (StageIds.Problem, StageKind.Problem), (StageIds.Plan, StageKind.Plan), (StageIds.Action, StageKind.Action),
                (StageIds.Reflection, StageKind.Reflection), (StageIds.Summary, StageKind.Summary),
            ],
            ActionLearningStages.Select(s => (s.Id, s.Kind)));
    }

    [Fact]
    public void Action_learning_stages_have_their_Chinese_and_English_titles()
    {
        // Rule W1: 提出问题 → 计划 → 行动 → 反思 → 总结
        Assert.Equal(["提出问题", "计划", "行动", "反思", "总结"], ActionLearningStages.Select(s => s.Title.ZhCn));
        Assert.Equal(["Problem", "Plan", "Action", "Reflection", "Summary"], ActionLearningStages.Select(s => s.Title.En));
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_stage_has_a_guiding_prompt_in_both_languages(WorkshopTemplate template)
    {
        // Rule W1: non-empty, actually translated (not the resource key, not the other language)
        foreach (var stage in Templates.StagesOf(template))
        {
            foreach (var text in new[] { stage.Title, stage.Prompt })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.ZhCn), $"{stage.Id}: empty Chinese text");
                Assert.False(string.IsNullOrWhiteSpace(text.En), $"{stage.Id}: empty English text");
                Assert.NotEqual(text.ZhCn, text.En);
                Assert.True(text.ZhCn.Any(c => c is >= '\u4E00' and <= '\u9FFF'), $"{stage.Id}: \"{text.ZhCn}\" is not Chinese");
                Assert.DoesNotContain(text.En, c => c is >= '\u4E00' and <= '\u9FFF');
            }
            Assert.NotEqual($"{stage.Kind}Prompt", stage.Prompt.ZhCn);
            Assert.NotEqual($"{stage.Kind}Prompt", stage.Prompt.En);
            Assert.NotEqual(stage.Title, stage.Prompt);
        }
    }

    [Theory]
    [InlineData(BoardLanguage.ZhCn)]
    [InlineData(BoardLanguage.En)]
    public void Prompts_of_different_stages_differ(BoardLanguage language)
    {
        // Rule W1: each stage guides the group differently
        var prompts = ActionLearningStages.Select(s => s.Prompt.In(language)).ToList();

        Assert.Equal(prompts.Count, prompts.Distinct().Count());
    }

    [Theory]
    [InlineData(StageIds.Problem)]
    [InlineData(StageIds.Reflection)]
    public void Problem_and_reflection_start_with_private_anonymous_writing(string stageId)
    {
        // Rule W1
        var settings = SettingsOf(stageId);

        Assert.True(settings.PrivateWriting);
        Assert.True(settings.AnonymousAuthors);
    }

    [Theory]
    [InlineData(StageIds.Plan)]
    [InlineData(StageIds.Action)]
    [InlineData(StageIds.Summary)]
    public void Other_stages_start_with_open_named_writing(string stageId)
    {
        // Rule W1
        var settings = SettingsOf(stageId);

        Assert.False(settings.PrivateWriting);
        Assert.False(settings.AnonymousAuthors);
    }

    [Theory]
    [InlineData(StageIds.Problem)]
    [InlineData(StageIds.Plan)]
    public void Problem_and_plan_have_hidden_dot_voting_with_a_budget(string stageId)
    {
        // Rule W1, V1, V4
        var settings = SettingsOf(stageId);

        Assert.True(settings.VotesHidden);
        Assert.InRange(settings.VoteBudget, 1, StageSettings.MaxVoteBudget);
        Assert.InRange(settings.MaxVotesPerNote, 1, settings.VoteBudget);
    }

    [Theory]
    [InlineData(StageIds.Action)]
    [InlineData(StageIds.Reflection)]
    [InlineData(StageIds.Summary)]
    public void Other_stages_have_no_voting(string stageId)
    {
        // Rule W1, V1
        Assert.Equal(0, SettingsOf(stageId).VoteBudget);
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Every_default_setting_is_valid(WorkshopTemplate template)
    {
        // Rule ST6: a template never gives a board settings the facilitator could not have chosen
        Assert.All(Templates.StagesOf(template), s => Assert.True(s.Settings.IsValid, $"{s.Id}: {s.Settings}"));
    }

    [Theory]
    [MemberData(nameof(AllTemplates))]
    public void Stage_ids_are_unique(WorkshopTemplate template)
    {
        // Rule ST1
        var ids = Templates.StagesOf(template).Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Open_brainstorm_is_one_stage_open_from_the_start_without_privacy_or_voting()
    {
        // Rule W1
        var board = Created(template: WorkshopTemplate.OpenBrainstorm);

        var stage = Assert.Single(board.State.Stages);
        Assert.Equal((Brainstorm, StageKind.Brainstorm, StageStatus.Open), (stage.Id, stage.Kind, stage.Status));
        Assert.Equal(board.Events[0].At, stage.OpenedAt);
        Assert.Equal(StageSettings.Open, stage.Settings);
        Assert.False(stage.Settings.PrivateWriting);
        Assert.False(stage.Settings.AnonymousAuthors);
        Assert.Equal(0, stage.Settings.VoteBudget);
    }

    [Fact]
    public void Action_learning_board_starts_with_no_stage_open()
    {
        // Rule W1, ST1: the facilitator opens the first stage
        var board = Created(template: WorkshopTemplate.ActionLearning);

        Assert.Null(board.State.CurrentStage);
        Assert.All(board.State.Stages, s => Assert.Equal(StageStatus.NotOpen, s.Status));
        Assert.Equal(ActionLearningStages.Select(s => s.Id), board.State.Stages.Select(s => s.Id));
        Assert.Equal(ActionLearningStages.Select(s => s.Settings), board.State.Stages.Select(s => s.Settings));
    }

    [Fact]
    public void Board_stages_start_fresh()
    {
        // Rule ST1: no votes revealed, no timer, nobody done
        var board = Created(template: WorkshopTemplate.ActionLearning);

        Assert.All(board.State.Stages, s =>
        {
            Assert.False(s.VotesRevealed);
            Assert.Equal(StageTimer.Stopped, s.Timer);
            Assert.Empty(s.Done);
            Assert.Null(s.OpenedAt);
            Assert.Null(s.ClosedAt);
        });
    }

    [Fact]
    public void Unknown_template_has_no_stages()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Templates.StagesOf((WorkshopTemplate)9));
    }
}
