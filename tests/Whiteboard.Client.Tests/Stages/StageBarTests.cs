namespace Whiteboard.Client.Tests.Stages;

public class StageBarTests : ClientTestContext
{
    [Fact]
    public void Each_Stage_Shows_Its_Title_And_Status_In_Order() // rule ST1
    {
        var board = new TestBoard(openStage: "plan");
        board.SetStage("problem", s => s with { Status = StageStatus.Done });
        board.SetStage("plan", s => s with { Status = StageStatus.Locked });

        var (cut, _) = RenderBoard(board, board.Trainee);

        var tabs = cut.FindAll("[data-testid=stage-bar] .stage-tab");
        Assert.Equal(["stage-problem", "stage-plan", "stage-action", "stage-reflection", "stage-summary"], tabs.Select(t => t.GetAttribute("data-testid")));
        Assert.Equal(["Done", "Locked", "NotOpen", "NotOpen", "NotOpen"],
            cut.FindAll("[data-testid=stage-status]").Select(s => s.GetAttribute("data-status")));
        Assert.Contains("提出问题", tabs[0].TextContent);
        Assert.Contains("已结束", tabs[0].TextContent);
        Assert.Contains("已锁定", tabs[1].TextContent);
    }

    [Fact]
    public void The_Current_Stages_Prompt_Is_Shown()
    {
        var board = new TestBoard();

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Equal(board.Stages[0].Prompt.ZhCn, cut.Find("[data-testid=stage-prompt]").TextContent);
    }

    [Fact]
    public void The_Canvas_Shows_Only_The_Current_Stages_Notes()
    {
        var board = new TestBoard(openStage: "plan");
        board.SetStage("problem", s => s with { Status = StageStatus.Done });
        board.AddNote("会议太多", stageId: "problem");
        board.AddNote("每周只开一次例会", stageId: "plan");

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Equal(["每周只开一次例会"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
    }

    [Fact]
    public void Tapping_A_Done_Stage_Shows_It_Read_Only()
    {
        var board = new TestBoard(openStage: "plan");
        board.SetStage("problem", s => s with { Status = StageStatus.Done });
        var old = board.AddNote("会议太多", stageId: "problem", author: board.Trainee.Id);
        board.AddNote("每周只开一次例会", stageId: "plan");
        var (cut, _) = RenderBoard(board, board.Trainee);

        cut.Find("[data-testid=stage-problem]").Click();

        Assert.Equal(["会议太多"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
        Assert.Single(cut.FindAll("[data-testid=read-only-banner]"));
        Assert.Contains("locked", cut.Find($".diagram-node[data-node-id='{old.Id}']").ClassList); // cannot be dragged
        Assert.True(cut.Find("[data-testid=add-note]").HasAttribute("disabled"));
    }

    [Fact]
    public void Stages_Not_Yet_Open_Cannot_Be_Tapped_By_Participants()
    {
        var board = new TestBoard();

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.True(cut.Find("[data-testid=stage-plan]").HasAttribute("disabled"));
    }

    [Fact]
    public void Before_The_First_Stage_Opens_Everyone_Waits_For_The_Facilitator()
    {
        var board = new TestBoard(openStage: null);

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Contains("等待促进师", cut.Find("[data-testid=waiting-for-start]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=stage-prompt]"));
    }

    [Fact]
    public async Task When_The_Facilitator_Advances_Everyone_Follows_To_The_Next_Stage()
    {
        var board = new TestBoard();
        var (cut, session) = RenderBoard(board, board.Trainee);

        await cut.InvokeAsync(() => session.ReceiveAsync([board.Event(4, new StageAdvanced("problem", "plan"), board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal(board.Stages[1].Prompt.ZhCn, cut.Find("[data-testid=stage-prompt]").TextContent));
        Assert.Equal("Done", cut.Find("[data-testid=stage-problem]").GetAttribute("data-status"));
    }
}
