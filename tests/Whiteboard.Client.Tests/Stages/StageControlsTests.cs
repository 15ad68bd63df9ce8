namespace Whiteboard.Client.Tests.Stages;

public class StageControlsTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    private BoardCommand Press(string testId)
    {
        var (cut, _) = RenderBoard(_board, _board.Facilitator);
        cut.Find($"[data-testid={testId}]").Click();
        return Assert.Single(_board.Commands);
    }

    [Fact]
    public void Participants_have_no_stage_controls() // rule ST7
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=stage-controls]"));
        Assert.Empty(cut.FindAll("[data-testid=advance-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=lock-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=timer-start]"));
    }

    [Fact]
    public void Advance_sends_AdvanceStage() => Assert.IsType<AdvanceStage>(Press("advance-stage"));

    [Fact]
    public void Lock_sends_LockStage_for_the_current_stage() => Assert.Equal(new LockStage("problem"), Press("lock-stage"));

    [Fact]
    public void A_locked_stage_offers_unlock()
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });

        Assert.Equal(new UnlockStage("problem"), Press("unlock-stage"));
    }

    [Fact]
    public void Reveal_notes_sends_RevealNotes() => Assert.Equal(new RevealNotes("problem"), Press("reveal-notes"));

    [Fact]
    public void Reveal_votes_sends_RevealVotes() => Assert.Equal(new RevealVotes("problem"), Press("reveal-votes"));

    [Fact]
    public void Reveal_buttons_are_absent_without_private_writing_or_voting()
    {
        var board = new TestBoard(openStage: "action"); // open writing, no dots
        var (cut, _) = RenderBoard(board, board.Facilitator);

        Assert.Empty(cut.FindAll("[data-testid=reveal-notes]"));
        Assert.Empty(cut.FindAll("[data-testid=reveal-votes]"));
    }

    [Fact]
    public void Start_timer_uses_the_stages_length() => Assert.Equal(new ControlTimer("problem", TimerAction.Start), Press("timer-start"));

    [Fact]
    public void A_running_timer_can_be_paused_extended_and_reset()
    {
        _board.SetStage("problem", s => s with { Timer = new StageTimer(true, Time.GetUtcNow().AddMinutes(5), TimeSpan.FromMinutes(5)) });
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=timer-pause]").Click();
        cut.Find("[data-testid=timer-extend]").Click();
        cut.Find("[data-testid=timer-reset]").Click();

        Assert.Equal([TimerAction.Pause, TimerAction.Extend, TimerAction.Reset], _board.Commands.Cast<ControlTimer>().Select(c => c.Action));
        Assert.Equal(60, _board.Commands.Cast<ControlTimer>().ElementAt(1).Seconds);
    }

    [Fact]
    public void A_done_stage_looked_at_can_be_reopened() // rule ST4
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Done });
        _board.SetStage("plan", s => s with { Status = StageStatus.Open });
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=stage-problem]").Click();
        cut.Find("[data-testid=reopen-stage]").Click();

        Assert.Equal(new ReopenStage("problem"), Assert.Single(_board.Commands));
    }

    [Fact]
    public void Settings_are_changed_in_the_dialog_and_sent_only_when_valid() // rule ST6
    {
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=stage-settings]").Click();
        cut.Find("[data-testid=setting-vote-budget]").Change("21");
        Assert.True(cut.Find("[data-testid=save-settings]").HasAttribute("disabled"));
        Assert.Single(cut.FindAll("[data-testid=settings-invalid]"));
        cut.Find("[data-testid=setting-vote-budget]").Change("5");
        cut.Find("[data-testid=setting-private]").Change(false);
        cut.Find("[data-testid=save-settings]").Click();

        var change = Assert.IsType<ChangeStageSettings>(Assert.Single(_board.Commands));
        Assert.Equal(("problem", 5, false), (change.StageId, change.Settings.VoteBudget, change.Settings.PrivateWriting));
        Assert.Empty(cut.FindAll("[data-testid=stage-settings-dialog]"));
    }

    [Fact]
    public void The_controls_work_with_any_submit_outside_a_board()
    {
        var sent = new List<BoardCommand>();
        var stages = _board.Stages;
        var cut = Render<Whiteboard.Client.Stages.StageControls>(p => p
            .Add(c => c.Stages, stages)
            .Add(c => c.Current, stages[0])
            .Add(c => c.Submit, command => { sent.Add(command); return Task.CompletedTask; }));

        cut.Find("[data-testid=advance-stage]").Click();

        Assert.IsType<AdvanceStage>(Assert.Single(sent));
        Assert.Contains("计划", cut.Find("[data-testid=advance-stage]").TextContent); // names the next stage
    }
}
