namespace Whiteboard.Client.Tests.Stages;

public class DoneFlagTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    [Fact]
    public async Task A_participant_marks_themselves_done_and_can_take_it_back() // rule ST9
    {
        var (cut, session) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=done-flag]").Click();
        Assert.Equal(new MarkDone("problem", true), _board.Commands.Last());

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new DoneMarked("problem", true), _board.Trainee.Id)]));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=done-flag]").GetAttribute("aria-pressed")));
        cut.Find("[data-testid=done-flag]").Click();

        Assert.Equal(new MarkDone("problem", false), _board.Commands.Last());
    }

    [Fact]
    public void A_participant_says_they_are_done_also_while_the_stage_is_locked() // rule ST9
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=done-flag]").Click();

        Assert.Equal(new MarkDone("problem", true), _board.Commands.Last());
    }

    [Fact]
    public void The_facilitator_sees_how_many_are_done_and_who()
    {
        _board.SetStage("problem", s => s with { Done = s.Done.Add(_board.Colleague.Id) });

        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.Contains("1/2 完成", cut.Find("[data-testid=done-count]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=done-flag]"));
        var done = cut.FindAll("[data-testid=participant]").Where(p => p.QuerySelector("[data-testid=done-mark]") is not null);
        Assert.Equal([_board.Colleague.Id.ToString()], done.Select(p => p.GetAttribute("data-participant-id")));
    }

    [Fact]
    public void Observers_cannot_mark_done_or_write_and_are_marked_as_observing()
    {
        var (cut, _) = RenderBoard(_board, _board.Observer);

        Assert.Empty(cut.FindAll("[data-testid=done-flag]"));
        Assert.Empty(cut.FindAll("[data-testid=add-note]"));
        var observer = cut.FindAll("[data-testid=participant]").Single(p => p.GetAttribute("data-participant-id") == _board.Observer.Id.ToString());
        Assert.Contains("旁听", observer.TextContent);
    }
}
