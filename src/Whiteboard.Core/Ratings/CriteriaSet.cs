using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

public sealed record CriteriaSet(string StageId, IReadOnlyList<RatingCriterion> Criteria) : BoardEvent;
