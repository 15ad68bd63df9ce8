using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Ratings;

/// <summary>Rules R1–R5: rating notes and clusters 1–5 on the step's weighted criteria, hidden until the reveal.</summary>
internal static class RatingRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role) => command switch
    {
        RateItem c => RatingAccess.CheckRate(state, c.TargetId, c.CriterionId, c.Score, new Viewer(context.ActorId, role))
            ?? Decision.Accept(new ItemRated(c.TargetId, StageOf(state, c.TargetId), c.CriterionId, c.Score)),
        SetCriteria c => RatingAccess.CheckCriteria(state, c.StageId, c.Criteria) ?? Decision.Accept(new CriteriaSet(c.StageId, [.. c.Criteria])),
        RevealRatings c => state.StageById(c.StageId) is not { } stage ? RejectionCode.StageNotFound
            : stage.Allows(StageCapabilities.Rating) ? Decision.Accept(new RatingsRevealed(c.StageId)) : RejectionCode.NoRatingInStage,
        _ => RejectionCode.MalformedMessage,
    };

    /// <summary>The stage of a target the checks found (a note or a cluster).</summary>
    private static string StageOf(BoardState state, Guid targetId) =>
        state.Notes.TryGetValue(targetId, out var note) ? note.StageId : state.Clusters[targetId].StageId;

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        ItemRated e => Rate(state, envelope, e),
        CriteriaSet e => state.WithStage(e.StageId, s => s with { Criteria = e.Criteria }),
        RatingsRevealed e => Reveal(state, e),
        _ => state,
    };

    /// <summary>
    /// R2: one score per person, criterion and item — a new one replaces it, none clears it. A rater's scores on one item
    /// share the sheet id of their first, so the revealed results count raters without naming them (R4, R5).
    /// </summary>
    private static BoardState Rate(BoardState state, EventEnvelope envelope, ItemRated e)
    {
        var rater = envelope.ActorId;
        var sheet = state.Ratings.FirstOrDefault(r => r.RaterId == rater && r.TargetId == e.TargetId)?.SheetId ?? envelope.OpId;
        var without = state.Ratings.RemoveAll(r => r.RaterId == rater && r.TargetId == e.TargetId && r.CriterionId == e.CriterionId);
        return state with
        {
            Ratings = e.Score is { } score ? without.Add(new Rating(rater, sheet, e.TargetId, e.StageId, e.CriterionId, score)) : without,
        };
    }

    /// <summary>
    /// R4: the event as sent lists every score of the stage with raters left out; a viewer keeps their own scores (which
    /// carry their id) and takes the others from the list, leaving out the entries of their own sheets.
    /// </summary>
    private static BoardState Reveal(BoardState state, RatingsRevealed e)
    {
        var inStage = state.Ratings.Where(r => r.StageId == e.StageId).ToList();
        var own = inStage.Where(r => r.RaterId != Guid.Empty).ToList();
        var ownSheets = own.Select(r => r.SheetId).ToHashSet();
        var others = e.Ratings is null
            ? inStage.Where(r => r.RaterId == Guid.Empty)
            : e.Ratings.Where(r => !ownSheets.Contains(r.SheetId)).Select(r => r with { RaterId = Guid.Empty });
        return state with
        {
            Ratings = [.. state.Ratings.Where(r => r.StageId != e.StageId), .. own, .. others],
            Stages = state.WithStage(e.StageId, s => s with { RatingsRevealed = true }).Stages,
        };
    }

    /// <summary>R3: scores on a deleted note or a cluster that is gone go with it.</summary>
    public static BoardState Prune(BoardState state) =>
        state.Ratings.IsEmpty ? state
            : state with { Ratings = state.Ratings.RemoveAll(r => !state.Notes.ContainsKey(r.TargetId) && !state.Clusters.ContainsKey(r.TargetId)) };
}
