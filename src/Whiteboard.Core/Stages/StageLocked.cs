using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record StageLocked(string StageId) : BoardEvent;
