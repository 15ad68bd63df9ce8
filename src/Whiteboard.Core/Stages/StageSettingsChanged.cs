using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record StageSettingsChanged(string StageId, StageSettings Settings) : BoardEvent;
