using Whiteboard.Client.Flows;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Tests.Flows;

/// <summary>Rule F5 in the designer: the steps that ran are fixed, the rest change, and applying is told once it can run.</summary>
public class FlowRevisionTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "plan");

    private (IRenderedComponent<FlowDesignerPanel> Cut, FlowDesigner Designer, List<int> Applied) Revising()
    {
        _board.SetStage("problem", s => s with { Status = StageStatus.Done });
        var states = new[] { _board.Snapshot.ToState() };
        var flow = FlowRevision.Begin(FlowLibrary.Find(FlowLibrary.ActionLearning), states[0], new("研讨", "Workshop"));
        var designer = new FlowDesigner(flow, BoardLanguage.ZhCn, () => states);
        var applied = new List<int>();
        var cut = Render<FlowDesignerPanel>(p => p.Add(x => x.Designer, designer).Add(x => x.OnApply, () => applied.Add(1)));
        return (cut, designer, applied);
    }

    [Fact]
    public void The_steps_that_ran_are_shown_fixed_and_cannot_be_changed_moved_or_removed()
    {
        var (cut, designer, _) = Revising();

        var steps = cut.FindAll("[data-testid=designer-step]");
        Assert.Equal(["true", "true", "false", "false", "false"], steps.Select(s => s.GetAttribute("data-ran")));
        Assert.Equal(2, cut.FindAll("[data-testid=designer-step-ran]").Count);
        Assert.True(cut.FindAll("[data-testid=designer-step-title]")[1].HasAttribute("disabled"));
        Assert.True(cut.FindAll("[data-testid=designer-step-remove]")[0].HasAttribute("disabled"));
        Assert.True(cut.FindAll("[data-testid=designer-step-up]")[2].HasAttribute("disabled")); // not above a step that ran
        Assert.False(cut.FindAll("[data-testid=designer-step-down]")[2].HasAttribute("disabled"));

        designer.SetStepTitle(0, "问题");
        designer.RemoveStep(1);
        designer.MoveStep(2, -1);
        Assert.Equal(["problem", "plan", "action", "reflection", "summary"], designer.Design.Steps.Select(s => s.Stage.Id));
        Assert.Equal("提出问题", designer.Design.Steps[0].Stage.Title.ZhCn);
    }

    [Fact]
    public void Steps_still_to_come_are_revised_and_applied_for_every_group()
    {
        var (cut, designer, applied) = Revising();

        cut.FindAll("[data-testid=designer-step-down]")[2].Click();       // reflection before action
        cut.FindAll("[data-testid=designer-step-remove]")[^1].Click();    // no summary
        cut.Find("[data-testid=designer-add-step]").Click();
        cut.FindAll("[data-testid=designer-step-title]")[^1].Change("复盘");
        cut.Find("[data-testid=designer-apply]").Click();

        Assert.Equal(["problem", "plan", "reflection", "action", "step-5"], designer.Ready.Steps.Select(s => s.Stage.Id));
        Assert.Null(designer.Problem);
        Assert.Single(applied);
    }

    [Fact]
    public void A_file_that_would_change_a_step_that_ran_cannot_be_applied_and_says_why()
    {
        var (cut, designer, applied) = Revising();
        var other = FlowLibrary.Find("fishbone")!;

        Assert.Null(designer.Import(FlowJson.Write(other)));
        cut.Render();

        Assert.Equal(RejectionCode.StepAlreadyRan, designer.Problem);
        Assert.True(cut.Find("[data-testid=designer-apply]").HasAttribute("disabled"));
        Assert.Contains("已经进行过的步骤", cut.Markup);
        Assert.Empty(applied);
    }
}
