using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record QuestionsAllowed(string StageId, bool Allowed) : BoardEvent;
