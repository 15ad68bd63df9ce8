using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

/// <summary>Rule R1: the facilitator sets a rating step's criteria, before anyone has rated in it.</summary>
public sealed record SetCriteria(string StageId, IReadOnlyList<RatingCriterion> Criteria) : BoardCommand;
