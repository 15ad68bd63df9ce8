using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST4: a done stage opens again; the current one, if any, becomes done.</summary>
public sealed record ReopenStage(string StageId) : BoardCommand;
