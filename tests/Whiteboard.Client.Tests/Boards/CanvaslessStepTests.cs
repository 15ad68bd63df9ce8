namespace Whiteboard.Client.Tests.Boards;

/// <summary>A step that takes no notes (rule ST10) and holds none draws no empty canvas: its panel has the room.</summary>
public class CanvaslessStepTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: null);

    private void ActionPlanWithoutNotes() => _board.SetStage("action",
        s => s with { Status = StageStatus.Open, OpenedAt = TestBoard.Start, Capabilities = StageCapabilities.ActionItems });

    [Fact]
    public void An_action_plan_without_notes_gives_the_board_to_its_action_items()
    {
        ActionPlanWithoutNotes();

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Contains("canvasless", cut.Find(".board-main").ClassList);
        Assert.NotEmpty(cut.FindAll(".stage-panel"));
    }

    [Fact]
    public void A_step_that_takes_notes_or_still_holds_some_keeps_its_canvas()
    {
        ActionPlanWithoutNotes();
        _board.AddNote("先做试点", stageId: "action");

        var (holding, _) = RenderBoard(_board, _board.Trainee);
        Assert.DoesNotContain("canvasless", holding.Find(".board-main").ClassList);

        var (writing, _) = RenderBoard(new TestBoard(openStage: "action"), _board.Trainee);
        Assert.DoesNotContain("canvasless", writing.Find(".board-main").ClassList);
    }
}
