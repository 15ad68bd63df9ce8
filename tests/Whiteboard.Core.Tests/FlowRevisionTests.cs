using Whiteboard.Core.Flows;
using Whiteboard.Core.Workshops;
using Whiteboard.Core.Zones;
using static Whiteboard.Core.Tests.TestBoard;

namespace Whiteboard.Core.Tests;

/// <summary>Rule F5: a running workshop's steps revised — those still to come change, those that ran stay.</summary>
public class FlowRevisionTests
{
    private static Flow Classic => FlowLibrary.Find(FlowLibrary.ActionLearning)!;

    private static IReadOnlyList<StageDefinition> Steps(BoardState board) => [.. board.Stages.Select(s => s.Definition)];

    private static StageDefinition Fishbone => FlowDesign.WithLayout(
        FlowDesign.NewStep([]).Stage with { Id = "causes", Title = new("找原因", "Causes") }, CanvasLayoutKind.Fishbone);

    [Fact]
    public void Steps_still_to_come_may_be_added_removed_reordered_and_edited()
    {
        var board = ActionLearningAt("plan");
        var steps = Steps(board.State).ToList();
        steps.RemoveAt(4);                                                  // summary goes
        (steps[2], steps[3]) = (steps[3], steps[2]);                        // reflection before action
        steps[3] = steps[3] with { Prompt = new("谁、做什么、何时完成？", "Who does what by when?") };
        steps.Insert(2, Fishbone);                                          // a cause analysis right after the plan

        var revised = board.Accept(new ReviseSteps(steps), Guid.Empty);

        Assert.IsType<StepsRevised>(revised);
        Assert.Equal(["problem", "plan", "causes", "reflection", "action"], board.State.Stages.Select(s => s.Id));
        Assert.Equal(StageStatus.Open, board.Stage("plan").Status);         // the running step runs on
        Assert.Equal(CanvasLayoutKind.Fishbone, board.Stage("causes").Canvas.Kind);
        Assert.Equal("Who does what by when?", board.Stage("action").Prompt.En);
        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Equal("causes", board.CurrentStageId);                        // and the group goes on into the new step
    }

    [Theory]
    [InlineData("title")]
    [InlineData("prompt")]
    [InlineData("canvas")]
    [InlineData("moved")]
    [InlineData("removed")]
    [InlineData("replaced")]
    public void A_step_that_ran_cannot_be_changed_moved_or_removed(string change)
    {
        var board = ActionLearningAt("plan");
        var note = board.AddNote(Alice);
        var before = SnapshotJson(board.State);
        var steps = Steps(board.State).ToList();
        switch (change)
        {
            case "title": steps[0] = steps[0] with { Title = new("问题", "Issue") }; break;
            case "prompt": steps[1] = steps[1] with { Prompt = new("", "") }; break;
            case "canvas": steps[1] = FlowDesign.WithLayout(steps[1], CanvasLayoutKind.Matrix); break;
            case "moved": (steps[1], steps[2]) = (steps[2], steps[1]); break;
            case "removed": steps.RemoveAt(0); break;
            case "replaced": steps[1] = Fishbone; break;
        }

        Assert.Equal(RejectionCode.StepAlreadyRan, board.Reject(new ReviseSteps(steps), Guid.Empty));
        Assert.Equal(before, SnapshotJson(board.State));
        Assert.Contains(note, board.State.Notes.Keys);
    }

    [Fact]
    public void What_the_facilitator_changed_while_a_step_ran_is_kept_and_not_a_change_of_the_step()
    {
        var board = ActionLearningAt("problem");
        board.Configure("problem", s => s with { TimerSeconds = 300 });
        var steps = Steps(board.State).ToList();
        steps[0] = steps[0] with { Settings = steps[0].Settings with { TimerSeconds = 1200 } }; // an older copy's settings

        board.Accept(new ReviseSteps([.. steps, Fishbone]), Guid.Empty);

        Assert.Equal(300, board.Stage("problem").Settings.TimerSeconds);     // the step as it runs, not as the file had it
        Assert.Equal(6, board.State.Stages.Count);
    }

    [Fact]
    public void A_finished_workshop_may_get_a_step_more_and_run_it()
    {
        var board = ActionLearning();
        for (var i = 0; i < 6; i++) board.Accept(new AdvanceStage(), Facilitator);
        Assert.Null(board.State.CurrentStage);

        board.Accept(new ReviseSteps([.. Steps(board.State), Fishbone]), Guid.Empty);
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal("causes", board.CurrentStageId);
    }

    [Fact]
    public void A_revision_that_breaks_F2_is_refused_as_an_invalid_flow()
    {
        var board = ActionLearningAt("problem");
        var steps = Steps(board.State).ToList();

        Assert.Equal(RejectionCode.InvalidFlow, board.Reject(new ReviseSteps([.. steps, steps[4]]), Guid.Empty)); // an id twice
        Assert.Equal(RejectionCode.InvalidFlow, board.Reject(new ReviseSteps([.. steps, Fishbone with { Title = new("", "") }]), Guid.Empty));
    }

    [Fact]
    public void Nobody_on_the_board_may_send_a_revision_it_comes_from_the_server()
    {
        Assert.True(new ReviseSteps([]).IsServerIssued);
    }

    [Fact]
    public void A_revision_begins_from_the_steps_as_they_run_with_the_flows_guides_and_says_which_ran()
    {
        var groupOne = ActionLearningAt("plan");
        var groupTwo = ActionLearningAt("problem");
        groupOne.Configure("plan", s => s with { VoteBudget = 7 });

        var begun = FlowRevision.Begin(Classic, groupOne.State, new("研讨", "Workshop"));

        Assert.Equal(7, begun.Steps[1].Stage.Settings.VoteBudget);
        Assert.Equal(Classic.Steps.Select(s => s.Guide), begun.Steps.Select(s => s.Guide));
        Assert.Equal(["plan", "problem"], FlowRevision.Ran([groupOne.State, groupTwo.State]).Order());
        Assert.Null(FlowRevision.Check([groupOne.State, groupTwo.State], begun with { Steps = [.. begun.Steps, new FlowStep(Fishbone, begun.Steps[0].Guide)] }));
        var moved = begun.Steps.ToList();
        (moved[1], moved[2]) = (moved[2], moved[1]);
        Assert.Equal(RejectionCode.StepAlreadyRan, FlowRevision.Check([groupOne.State, groupTwo.State], begun with { Steps = moved }));
    }
}
