using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

/// <summary>Rule R2: the actor's score on one criterion of a note or cluster; again replaces it, null clears it.</summary>
public sealed record RateItem(Guid TargetId, string CriterionId, int? Score) : BoardCommand;
