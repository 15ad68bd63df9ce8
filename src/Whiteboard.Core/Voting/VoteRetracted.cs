using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Voting;

public sealed record VoteRetracted(Guid TargetId, string StageId) : BoardEvent;
