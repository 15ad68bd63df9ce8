using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record StageReopened(string StageId, string? ClosedStageId) : BoardEvent;
