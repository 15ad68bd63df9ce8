using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Ratings;

/// <summary>Whether a viewer may rate, and a facilitator set criteria, now (rules R1–R4): why not, or null when allowed.</summary>
public static class RatingAccess
{
    /// <summary>Rules R2, R4, ST5, ST10: the stage allows rating, may be changed now, and its scores are not yet revealed.</summary>
    public static RejectionCode? CheckRating(BoardState state, string stageId, Viewer viewer) =>
        StageAccess.CheckChangeAllowing(state, stageId, StageCapabilities.Rating, RejectionCode.NoRatingInStage, viewer)
        ?? (state.StageById(stageId)!.RatingsRevealed ? RejectionCode.RatingsFinal : null);

    /// <summary>
    /// Rules R2, R3, H4: why this viewer may not give <paramref name="score"/> (null: clear theirs) on a criterion of the
    /// note or cluster now, or null. The rating sheet disables its buttons with this reason.
    /// </summary>
    public static RejectionCode? CheckRate(BoardState state, Guid targetId, string criterionId, int? score, Viewer viewer)
    {
        if (VoteAccess.CheckTarget(state, targetId, viewer, out var stage) is { } problem) return problem; // as votes: R2
        if (CheckRating(state, stage.Id, viewer) is { } closed) return closed;
        if (stage.Criteria?.Any(c => c.Id == criterionId) != true) return RejectionCode.CriterionNotFound;
        if (score is null)
            return RatingResults.ScoreOf(state, viewer.ParticipantId, targetId, criterionId) is null ? RejectionCode.NoScoreToClear : null;
        return score is >= RatingCriterion.MinScore and <= RatingCriterion.MaxScore ? null : RejectionCode.ScoreOutOfRange;
    }

    /// <summary>
    /// Rule R1: the facilitator may set a rating step's criteria until its first score: valid criteria, a step that rates,
    /// nobody has rated in it yet. (ST7, facilitators only, is decided with the other stage commands.)
    /// </summary>
    public static RejectionCode? CheckCriteria(BoardState state, string stageId, IReadOnlyList<RatingCriterion>? criteria) =>
        CheckChangeCriteria(state, stageId) ?? (AreValid(criteria) ? null : RejectionCode.InvalidCriteria);

    /// <summary>Rule R1: whether a step's criteria may still change — it rates, and nobody has rated in it yet.</summary>
    public static RejectionCode? CheckChangeCriteria(BoardState state, string stageId)
    {
        if (state.StageById(stageId) is not { } stage) return RejectionCode.StageNotFound;
        if (!stage.Allows(StageCapabilities.Rating)) return RejectionCode.NoRatingInStage;
        return stage.RatingsRevealed || state.Ratings.Any(r => r.StageId == stageId) ? RejectionCode.RatingStarted : null;
    }

    /// <summary>
    /// Rule R1: 1–8 criteria with unique ids (lower-case letters, digits, hyphens; 1–40), names of 1–20 characters in both
    /// languages as <see cref="TypedText.CriterionName"/> cleans them, weights 1–5.
    /// </summary>
    public static bool AreValid(IReadOnlyList<RatingCriterion>? criteria) =>
        criteria is { Count: >= 1 and <= RatingCriterion.MaxCriteria }
        && criteria.Select(c => c?.Id).Distinct().Count() == criteria.Count
        && criteria.All(c => c is not null && IsId(c.Id) && IsName(c.Name?.ZhCn) && IsName(c.Name?.En)
            && c.Weight is >= 1 and <= RatingCriterion.MaxWeight);

    private static bool IsId(string? id) =>
        id is { Length: >= 1 and <= 40 } && id[0] != '-' && id.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static bool IsName(string? name) => TypedText.CriterionName.Check(name) is (var clean, null) && clean == name;
}
