using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Voting;

public sealed record VoteCast(Guid TargetId, string StageId, bool Hidden) : BoardEvent;
