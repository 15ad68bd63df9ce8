using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Voting;

/// <summary>Rule V3: takes back one of the actor's own dots from the target.</summary>
public sealed record RetractVote(Guid TargetId) : BoardCommand;
