using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record DoneMarked(string StageId, bool Done) : BoardEvent;
