using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record StageUnlocked(string StageId) : BoardEvent;
