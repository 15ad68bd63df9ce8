using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record TimerChanged(string StageId, StageTimer Timer) : BoardEvent;
