namespace Whiteboard.Core.Tests;

/// <summary>
/// Rule ST8: a stage's countdown in server time. Every command here runs at an explicit server time (<see cref="TestBoard.Now"/>),
/// so the arithmetic is checked to the second.
/// </summary>
public class StageTimerTests
{
    private static readonly DateTimeOffset T0 = Start.AddHours(1);

    private static TestBoard AtPlan() => ActionLearningAt(StageIds.Plan); // the plan stage's timer is 15 minutes by default

    private static StageTimer Timer(TestBoard board) => board.Stage(StageIds.Plan).Timer;

    private static StageTimer Control(TestBoard board, DateTimeOffset now, TimerAction action, int seconds = 0)
    {
        board.Now = now;
        var changed = Assert.IsType<TimerChanged>(board.Accept(new ControlTimer(StageIds.Plan, action, seconds), Facilitator));
        Assert.Equal(StageIds.Plan, changed.StageId);
        Assert.Equal(changed.Timer, Timer(board));
        return changed.Timer;
    }

    private static RejectionCode Refuse(TestBoard board, DateTimeOffset now, TimerAction action, int seconds = 0)
    {
        board.Now = now;
        return board.Reject(new ControlTimer(StageIds.Plan, action, seconds), Facilitator);
    }

    [Fact]
    public void Starting_with_a_length_ends_that_long_after_the_servers_now()
    {
        var board = AtPlan();

        var timer = Control(board, T0, TimerAction.Start, 300);

        Assert.Equal(new StageTimer(true, T0.AddSeconds(300), TimeSpan.FromSeconds(300)), timer);
        Assert.Equal(TimeSpan.FromSeconds(300), timer.RemainingAt(T0));
        Assert.Equal(TimeSpan.FromSeconds(180), timer.RemainingAt(T0.AddMinutes(2)));
    }

    [Fact]
    public void Starting_without_a_length_uses_the_stages()
    {
        var board = AtPlan();

        var timer = Control(board, T0, TimerAction.Start);

        Assert.Equal(T0.AddMinutes(15), timer.EndsAt);
        Assert.True(timer.Running);
    }

    [Fact]
    public void Starting_without_a_length_in_a_stage_without_one_is_InvalidSettings()
    {
        var board = AtPlan();
        board.Configure(StageIds.Plan, s => s with { TimerSeconds = 0 });

        Assert.Equal(RejectionCode.InvalidSettings, Refuse(board, T0, TimerAction.Start));
    }

    [Fact]
    public void Starting_again_restarts_from_now()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);

        var timer = Control(board, T0.AddSeconds(200), TimerAction.Start, 60);

        Assert.Equal(T0.AddSeconds(260), timer.EndsAt);
    }

    [Fact]
    public void A_running_timer_shows_nothing_left_after_its_end_never_less()
    {
        var timer = Control(AtPlan(), T0, TimerAction.Start, 60);

        Assert.Equal(TimeSpan.Zero, timer.RemainingAt(T0.AddSeconds(60)));
        Assert.Equal(TimeSpan.Zero, timer.RemainingAt(T0.AddHours(1)));
    }

    [Fact]
    public void Pausing_keeps_what_remains_however_long_the_pause()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);

        var paused = Control(board, T0.AddSeconds(100), TimerAction.Pause);

        Assert.False(paused.Running);
        Assert.Equal(TimeSpan.FromSeconds(200), paused.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(200), paused.RemainingAt(T0.AddHours(2)));
    }

    [Fact]
    public void Resuming_ends_what_remained_after_the_servers_now()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);
        Control(board, T0.AddSeconds(100), TimerAction.Pause);

        var resumed = Control(board, T0.AddSeconds(1000), TimerAction.Resume);

        Assert.Equal(new StageTimer(true, T0.AddSeconds(1200), TimeSpan.FromSeconds(200)), resumed);
        Assert.Equal(TimeSpan.FromSeconds(150), resumed.RemainingAt(T0.AddSeconds(1050)));
    }

    [Fact]
    public void Resuming_a_timer_with_nothing_left_is_InvalidSettings()
    {
        var board = AtPlan();
        Assert.Equal(RejectionCode.InvalidSettings, Refuse(board, T0, TimerAction.Resume)); // never started

        Control(board, T0, TimerAction.Start, 60);
        Control(board, T0.AddSeconds(90), TimerAction.Pause); // paused after its end: nothing left

        Assert.Equal(TimeSpan.Zero, Timer(board).Remaining);
        Assert.Equal(RejectionCode.InvalidSettings, Refuse(board, T0.AddSeconds(100), TimerAction.Resume));
    }

    [Fact]
    public void Extending_a_running_timer_moves_its_end()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);

        var extended = Control(board, T0.AddSeconds(100), TimerAction.Extend, 120);

        Assert.True(extended.Running);
        Assert.Equal(T0.AddSeconds(420), extended.EndsAt);
        Assert.Equal(TimeSpan.FromSeconds(320), extended.RemainingAt(T0.AddSeconds(100)));
    }

    [Fact]
    public void Extending_a_paused_timer_adds_to_what_remains_and_keeps_it_paused()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);
        Control(board, T0.AddSeconds(100), TimerAction.Pause);

        var extended = Control(board, T0.AddSeconds(500), TimerAction.Extend, 60);

        Assert.False(extended.Running);
        Assert.Equal(TimeSpan.FromSeconds(260), extended.RemainingAt(T0.AddSeconds(9999)));
    }

    [Fact]
    public void Extending_an_expired_timer_counts_from_now()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 60);

        var extended = Control(board, T0.AddSeconds(600), TimerAction.Extend, 30);

        Assert.Equal(T0.AddSeconds(630), extended.EndsAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Extending_by_nothing_is_InvalidSettings(int seconds)
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 60);

        Assert.Equal(RejectionCode.InvalidSettings, Refuse(board, T0.AddSeconds(1), TimerAction.Extend, seconds));
    }

    [Fact]
    public void Extending_beyond_three_hours_left_is_InvalidSettings()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, StageSettings.MaxTimerSeconds - 100);

        Assert.Equal(RejectionCode.InvalidSettings, Refuse(board, T0, TimerAction.Extend, 101));
        var extended = Control(board, T0, TimerAction.Extend, 100);
        Assert.Equal(TimeSpan.FromHours(3), extended.RemainingAt(T0));
    }

    [Fact]
    public void Resetting_stops_the_timer()
    {
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);

        Assert.Equal(StageTimer.Stopped, Control(board, T0.AddSeconds(5), TimerAction.Reset));
        Assert.Equal(TimeSpan.Zero, Timer(board).RemainingAt(T0.AddSeconds(6)));
    }

    [Theory]
    [InlineData(TimerAction.Start, -1)]
    [InlineData(TimerAction.Start, StageSettings.MaxTimerSeconds + 1)]
    [InlineData(TimerAction.Extend, StageSettings.MaxTimerSeconds + 1)]
    [InlineData((TimerAction)42, 60)]
    public void Lengths_out_of_range_and_unknown_actions_are_InvalidSettings(TimerAction action, int seconds)
    {
        Assert.Equal(RejectionCode.InvalidSettings, Refuse(AtPlan(), T0, action, seconds));
    }

    [Fact]
    public void Starting_for_three_hours_is_the_longest_allowed()
    {
        var timer = Control(AtPlan(), T0, TimerAction.Start, StageSettings.MaxTimerSeconds);

        Assert.Equal(T0.AddHours(3), timer.EndsAt);
    }

    [Fact]
    public void Closing_a_stage_stops_its_timer()
    {
        // Rule ST2, ST8
        var board = AtPlan();
        Control(board, T0, TimerAction.Start, 300);

        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal(StageTimer.Stopped, Timer(board));
    }

    [Fact]
    public void The_timer_a_browser_receives_is_the_servers_end_time()
    {
        // Rule ST8: every browser computes end − server now, so every one receives the same end time
        var board = AtPlan();
        var timer = Control(board, T0, TimerAction.Start, 300);

        foreach (var person in new[] { Alice, Observer, Facilitator })
            Assert.Equal(timer, board.ClientState(person).StageById(StageIds.Plan)!.Timer);
    }
}
