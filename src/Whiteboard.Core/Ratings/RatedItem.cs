namespace Whiteboard.Core.Ratings;

/// <summary>
/// One line of a stage's rating results (rule R5): a note or cluster with its weighted mean, the spread of its raters'
/// own weighted scores (lowest, highest, standard deviation), how many rated it, and its mean on each criterion.
/// </summary>
public sealed record RatedItem(Guid TargetId, bool IsCluster, string Text, double WeightedMean, double Lowest, double Highest,
    double StandardDeviation, int Raters, IReadOnlyList<CriterionResult> Criteria);
