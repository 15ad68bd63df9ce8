using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>ToStageId is null when the last stage was closed.</summary>
public sealed record StageAdvanced(string? FromStageId, string? ToStageId) : BoardEvent;
