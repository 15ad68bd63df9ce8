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
    public void Participants_Have_No_Stage_Controls() // rule ST7
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=stage-controls]"));
        Assert.Empty(cut.FindAll("[data-testid=advance-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=lock-stage]"));
        Assert.Empty(cut.FindAll("[data-testid=timer-start]"));
    }

    [Fact]
    public void Advance_Sends_AdvanceStage() => Assert.IsType<AdvanceStage>(Press("advance-stage"));

    [Fact]
    public void Lock_Sends_LockStage_For_The_Current_Stage() => Assert.Equal(new LockStage("problem"), Press("lock-stage"));

    [Fact]
    public void A_Locked_Stage_Offers_Unlock()
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });

        Assert.Equal(new UnlockStage("problem"), Press("unlock-stage"));
    }

    [Fact]
    public void Reveal_Notes_Sends_RevealNotes() => Assert.Equal(new RevealNotes("problem"), Press("reveal-notes"));

    [Fact]
    public void Reveal_Votes_Sends_RevealVotes() => Assert.Equal(new RevealVotes("problem"), Press("reveal-votes"));

    [Fact]
    public void Reveal_Buttons_Are_Absent_Without_Private_Writing_Or_Voting()
    {
        var board = new TestBoard(openStage: "action"); // open writing, no dots
        var (cut, _) = RenderBoard(board, board.Facilitator);

        Assert.Empty(cut.FindAll("[data-testid=reveal-notes]"));
        Assert.Empty(cut.FindAll("[data-testid=reveal-votes]"));
    }

    [Fact]
    public void Start_Timer_Uses_The_Stages_Length() => Assert.Equal(new ControlTimer("problem", TimerAction.Start), Press("timer-start"));

    [Fact]
    public void A_Running_Timer_Can_Be_Paused_Extended_And_Reset()
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
    public void A_Done_Stage_Looked_At_Can_Be_Reopened() // rule ST4
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Done });
        _board.SetStage("plan", s => s with { Status = StageStatus.Open });
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=stage-problem]").Click();
        cut.Find("[data-testid=reopen-stage]").Click();

        Assert.Equal(new ReopenStage("problem"), Assert.Single(_board.Commands));
    }

    [Fact]
    public void Settings_Are_Changed_In_The_Dialog_And_Sent_Only_When_Valid() // rule ST6
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
    public void The_Controls_Work_With_Any_Submit_Outside_A_Board()
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
