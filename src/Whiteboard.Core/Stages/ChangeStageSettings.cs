using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record ChangeStageSettings(string StageId, StageSettings Settings) : BoardCommand;
