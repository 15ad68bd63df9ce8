using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST2: the current stage becomes done and the next one opens.</summary>
public sealed record AdvanceStage() : BoardCommand;
