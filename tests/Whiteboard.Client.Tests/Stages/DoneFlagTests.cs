namespace Whiteboard.Client.Tests.Stages;

public class DoneFlagTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    [Fact]
    public async Task A_Participant_Marks_Themselves_Done_And_Can_Take_It_Back() // rule ST9
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
    public void A_Participant_Says_They_Are_Done_Also_While_The_Stage_Is_Locked() // rule ST9
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Locked });
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=done-flag]").Click();

        Assert.Equal(new MarkDone("problem", true), _board.Commands.Last());
    }

    [Fact]
    public void The_Facilitator_Sees_How_Many_Are_Done_And_Who()
    {
        _board.SetStage("problem", s => s with { Done = s.Done.Add(_board.Colleague.Id) });

        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.Contains("1/2 完成", cut.Find("[data-testid=done-count]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=done-flag]"));
        var done = cut.FindAll("[data-testid=participant]").Where(p => p.QuerySelector("[data-testid=done-mark]") is not null);
        Assert.Equal([_board.Colleague.Id.ToString()], done.Select(p => p.GetAttribute("data-participant-id")));
    }

    [Fact]
    public void Observers_Cannot_Mark_Done_Or_Write_And_Are_Marked_As_Observing()
    {
        var (cut, _) = RenderBoard(_board, _board.Observer);

        Assert.Empty(cut.FindAll("[data-testid=done-flag]"));
        Assert.Empty(cut.FindAll("[data-testid=add-note]"));
        var observer = cut.FindAll("[data-testid=participant]").Single(p => p.GetAttribute("data-participant-id") == _board.Observer.Id.ToString());
        Assert.Contains("旁听", observer.TextContent);
    }
}
