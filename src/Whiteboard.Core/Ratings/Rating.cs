namespace Whiteboard.Core.Ratings;

/// <summary>
/// One person's score (1–5) on one criterion of a note or cluster (rule R2). <see cref="RaterId"/> is empty in every view
/// but the rater's own (R4). <see cref="SheetId"/> ties together one rater's scores on one item — and nothing else, so a
/// revealed item can count its raters and show how far apart they were without saying who they are.
/// </summary>
public sealed record Rating(Guid RaterId, Guid SheetId, Guid TargetId, string StageId, string CriterionId, int Score);
