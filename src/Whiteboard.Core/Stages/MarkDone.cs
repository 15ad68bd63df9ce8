using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST9: a participant says they are done with the stage (or not any more).</summary>
public sealed record MarkDone(string StageId, bool Done) : BoardCommand;
