using Whiteboard.Core.Flows;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Tests;

/// <summary>Rule F4: a facilitator's own design, changed step by step, runs only when rule F2 says it can.</summary>
public class FlowDesignTests
{
    private static readonly Guid DesignId = Guid.Parse("d0000000-0000-4000-8000-00000000abcd");

    private static Flow Fishbone => FlowLibrary.Find("fishbone")!;

    [Fact]
    public void A_copy_of_a_library_flow_has_its_steps_and_an_id_of_its_own_and_runs()
    {
        var copy = FlowDesign.CopyOf(Fishbone, DesignId);

        Assert.Equal("my-d00000000000", copy.Id);
        Assert.Equal(Fishbone.Steps, copy.Steps);
        Assert.Null(FlowRules.Check(copy));
    }

    [Fact]
    public void A_design_from_nothing_written_in_chinese_only_runs_once_completed()
    {
        var blank = FlowDesign.Blank(DesignId, new("我的研讨", ""));

        Assert.Equal(RejectionCode.InvalidFlow, FlowRules.Check(blank)); // no English title
        var completed = FlowDesign.Completed(blank);
        Assert.Null(FlowRules.Check(completed));
        Assert.Equal(new LocalizedText("我的研讨", "我的研讨"), completed.Title);
        var step = Assert.Single(completed.Steps);
        Assert.Equal(StageCapabilities.Notes | StageCapabilities.Clustering, step.Stage.Capabilities);
        Assert.Equal(600, step.Stage.Settings.TimerSeconds);
    }

    [Fact]
    public void Steps_are_added_with_ids_of_their_own_up_to_twenty_reordered_and_removed_but_one_stays()
    {
        var design = FlowDesign.Blank(DesignId, new("研讨", "Session"));
        for (var i = 0; i < 25; i++) design = FlowDesign.AddStep(design);

        Assert.Equal(FlowRules.MaxSteps, design.Steps.Count);
        Assert.Equal(design.Steps.Count, design.Steps.Select(s => s.Stage.Id).Distinct().Count());
        var moved = FlowDesign.MoveStep(design, 0, 1);
        Assert.Equal(["step-2", "step-1"], moved.Steps.Take(2).Select(s => s.Stage.Id));
        Assert.Same(design, FlowDesign.MoveStep(design, 0, -1)); // nowhere to go
        var one = design;
        while (one.Steps.Count > 1) one = FlowDesign.RemoveStep(one, 0);
        Assert.Same(one, FlowDesign.RemoveStep(one, 0));
        var again = FlowDesign.AddStep(one);
        Assert.Equal(2, again.Steps.Select(s => s.Stage.Id).Distinct().Count()); // a new id beside the one left
        Assert.Null(FlowRules.Check(FlowDesign.Completed(again)));
    }

    [Theory]
    [InlineData(CanvasLayoutKind.Columns, 3)]
    [InlineData(CanvasLayoutKind.Fishbone, 6)]
    [InlineData(CanvasLayoutKind.Matrix, 4)]
    [InlineData(CanvasLayoutKind.Free, 0)]
    public void A_step_changed_to_a_tool_canvas_is_ready_to_run_with_the_usual_zones(CanvasLayoutKind kind, int zones)
    {
        var design = FlowDesign.Blank(DesignId, new("研讨", "Session"));
        var stage = FlowDesign.WithLayout(design.Steps[0].Stage, kind);
        var changed = FlowDesign.ReplaceStep(design, 0, design.Steps[0] with { Stage = stage });

        Assert.Equal((kind, zones), (stage.Layout!.Kind, stage.Layout!.Zones.Count));
        Assert.Null(FlowRules.Check(changed));
    }

    [Fact]
    public void Columns_get_and_lose_zones_within_rule_Z3_and_a_matrix_keeps_its_four()
    {
        var columns = FlowDesign.WithLayout(FlowDesign.Blank(DesignId, new("研讨", "Session")).Steps[0].Stage, CanvasLayoutKind.Columns);
        for (var i = 0; i < 15; i++) columns = FlowDesign.AddZone(columns);
        Assert.Equal(CanvasLayout.MaxZones, columns.Layout!.Zones.Count);
        Assert.Equal(CanvasLayout.MaxZones, columns.Layout!.Zones.Select(z => z.Id).Distinct().Count());
        Assert.Equal(CanvasLayout.MaxZones - 1, FlowDesign.RemoveZone(columns, "zone-1").Layout!.Zones.Count);

        var matrix = FlowDesign.WithLayout(columns, CanvasLayoutKind.Matrix);
        Assert.Same(matrix, FlowDesign.AddZone(matrix));
        Assert.Same(matrix, FlowDesign.RemoveZone(matrix, matrix.Layout!.Zones[0].Id));
        Assert.True(matrix.Layout!.IsValid);
    }
    [Fact]
    public void Voting_switched_on_brings_a_budget_and_switched_off_takes_it_away()
    {
        var stage = FlowDesign.Blank(DesignId, new("研讨", "Session")).Steps[0].Stage;

        var voting = FlowDesign.WithCapability(stage, StageCapabilities.Voting, true);
        Assert.True(voting.Capabilities!.Value.HasFlag(StageCapabilities.Voting));
        Assert.Equal((3, 2), (voting.Settings.VoteBudget, voting.Settings.MaxVotesPerNote));
        Assert.True(voting.Settings.IsValid);

        var none = FlowDesign.WithCapability(voting, StageCapabilities.Voting, false);
        Assert.False(none.Capabilities!.Value.HasFlag(StageCapabilities.Voting));
        Assert.Equal(0, none.Settings.VoteBudget);
        Assert.True(none.Settings.IsValid);
        Assert.Equal(StageCapabilities.Notes, FlowDesign.WithCapability(stage, StageCapabilities.Clustering, false).Capabilities);
        var rating = FlowDesign.WithCapability(stage, StageCapabilities.Rating, true);
        Assert.Equal(["importance", "feasibility"], rating.Criteria!.Select(c => c.Id)); // rule R1: ready to rate on
        Assert.Null(FlowRules.CheckSteps([rating]));
    }
}
