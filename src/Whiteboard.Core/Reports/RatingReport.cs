using Whiteboard.Core.Ratings;

namespace Whiteboard.Core.Reports;

/// <summary>A rating step's revealed results (rule R5): its title, its criteria with their weights, the items ranked.</summary>
public sealed record RatingReport(string StageId, string Title, IReadOnlyList<RatingCriterion> Criteria, IReadOnlyList<RatedItem> Items);
