using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Voting;

/// <summary>Rule V1: a dot on a note or cluster of the current stage.</summary>
public sealed record CastVote(Guid TargetId) : BoardCommand;
