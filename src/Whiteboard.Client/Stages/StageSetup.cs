using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Stages;

/// <summary>What the facilitator chose in a stage's settings: its settings (rule ST6), and whether it takes questions (ST11).</summary>
public sealed record StageSetup(StageSettings Settings, bool Questions);
