using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record LockStage(string StageId) : BoardCommand;
