namespace Whiteboard.Client.Tests.Stages;

public class TimerDisplayTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    private void RunTimer(TimeSpan length) =>
        _board.SetStage("problem", s => s with { Timer = new StageTimer(true, Time.GetUtcNow() + length, length) });

    [Fact]
    public void The_timer_counts_down_each_second_in_server_time() // rule ST8
    {
        RunTimer(TimeSpan.FromSeconds(65));
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        Assert.Equal("01:05", cut.Find("[data-testid=timer-time]").TextContent);

        Time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("01:04", cut.Find("[data-testid=timer-time]").TextContent));

        Time.Advance(TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Equal("00:59", cut.Find("[data-testid=timer-time]").TextContent));
    }

    [Fact]
    public void At_zero_the_timer_shows_00_00_with_a_cue_and_a_chime()
    {
        RunTimer(TimeSpan.FromSeconds(2));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Time.Advance(TimeSpan.FromSeconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("00:00", cut.Find("[data-testid=timer-time]").TextContent));
        Assert.Equal("true", cut.Find("[data-testid=timer]").GetAttribute("data-ended"));
        Assert.Contains("时间到", cut.Find("[data-testid=timer]").TextContent);
        Assert.Single(JSInterop.Invocations["whiteboard.beep"]);
    }

    [Fact]
    public void A_muted_timer_ends_without_a_chime_and_remembers_it()
    {
        RunTimer(TimeSpan.FromSeconds(1));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=timer-mute]").Click();
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=timer]").GetAttribute("data-ended")));
        Assert.Empty(JSInterop.Invocations["whiteboard.beep"]);
        Assert.Contains(JSInterop.Invocations["localStorage.setItem"], i => Equals(i.Arguments[0], "wb.timer.muted") && Equals(i.Arguments[1], "1"));
    }

    [Fact]
    public void A_paused_timer_shows_what_remains_and_does_not_tick()
    {
        _board.SetStage("problem", s => s with { Timer = new StageTimer(false, Time.GetUtcNow(), TimeSpan.FromSeconds(90)) });
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal("01:30", cut.Find("[data-testid=timer-time]").TextContent);
        Assert.Equal("false", cut.Find("[data-testid=timer]").GetAttribute("data-running"));
    }

    [Fact]
    public void No_timer_is_shown_when_none_was_started()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=timer]"));
    }
}
