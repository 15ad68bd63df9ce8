namespace Whiteboard.Core.Ratings;

/// <summary>How an item scored on one criterion: the mean of its scores and how many there were.</summary>
public sealed record CriterionResult(string CriterionId, double Mean, int Scores);
