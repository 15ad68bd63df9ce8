using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Flows;

/// <summary>One step of a flow: the stage every group's board gets, and the facilitator's guide to running it.</summary>
public sealed record FlowStep(StageDefinition Stage, StepGuide Guide);
