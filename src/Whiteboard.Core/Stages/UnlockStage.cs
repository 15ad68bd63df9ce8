using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record UnlockStage(string StageId) : BoardCommand;
