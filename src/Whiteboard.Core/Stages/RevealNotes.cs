using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record RevealNotes(string StageId) : BoardCommand;
