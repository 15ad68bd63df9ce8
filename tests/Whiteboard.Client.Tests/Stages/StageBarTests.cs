namespace Whiteboard.Client.Tests.Stages;

public class StageBarTests : ClientTestContext
{
    [Fact]
    public void Each_stage_shows_its_title_and_status_in_order() // rule ST1
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
    public void The_current_stages_prompt_is_shown()
    {
        var board = new TestBoard();

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Equal(board.Stages[0].Prompt.ZhCn, cut.Find("[data-testid=stage-prompt]").TextContent);
    }

    [Fact]
    public void The_canvas_shows_only_the_current_stages_notes()
    {
        var board = new TestBoard(openStage: "plan");
        board.SetStage("problem", s => s with { Status = StageStatus.Done });
        board.AddNote("会议太多", stageId: "problem");
        board.AddNote("每周只开一次例会", stageId: "plan");

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Equal(["每周只开一次例会"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
    }

    [Fact]
    public void Tapping_a_done_stage_shows_it_read_only()
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
    public void Stages_not_yet_open_cannot_be_tapped_by_participants()
    {
        var board = new TestBoard();

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.True(cut.Find("[data-testid=stage-plan]").HasAttribute("disabled"));
    }

    [Fact]
    public void Before_the_first_stage_opens_everyone_waits_for_the_facilitator()
    {
        var board = new TestBoard(openStage: null);

        var (cut, _) = RenderBoard(board, board.Trainee);

        Assert.Contains("等待促进师", cut.Find("[data-testid=waiting-for-start]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=stage-prompt]"));
    }

    [Fact]
    public async Task When_the_facilitator_advances_everyone_follows_to_the_next_stage()
    {
        var board = new TestBoard();
        var (cut, session) = RenderBoard(board, board.Trainee);

        await cut.InvokeAsync(() => session.ReceiveAsync([board.Event(4, new StageAdvanced("problem", "plan"), board.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal(board.Stages[1].Prompt.ZhCn, cut.Find("[data-testid=stage-prompt]").TextContent));
        Assert.Equal("Done", cut.Find("[data-testid=stage-problem]").GetAttribute("data-status"));
    }
}
