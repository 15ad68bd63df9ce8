using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

/// <summary>The actor's score on a criterion of a target (null: cleared). Reaches only the rater until the reveal (rule R4).</summary>
public sealed record ItemRated(Guid TargetId, string StageId, string CriterionId, int? Score) : BoardEvent;
