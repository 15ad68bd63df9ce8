using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

public sealed record RevealVotes(string StageId) : BoardCommand;
