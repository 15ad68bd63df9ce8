using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST11: the facilitator turns questioning on notes on (or off) for a step.</summary>
public sealed record AllowQuestions(string StageId, bool Allowed) : BoardCommand;
