using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record ControlTimer(string StageId, TimerAction Action, int Seconds = 0) : BoardCommand;
