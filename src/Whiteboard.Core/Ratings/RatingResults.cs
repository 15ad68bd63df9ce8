using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Ratings;

/// <summary>
/// Rule R5: a stage's rated notes and clusters ranked by their weighted mean — scores only, never who gave them. Used by
/// the results panel in the browser and by the case report alike.
/// </summary>
public static class RatingResults
{
    public static IReadOnlyList<RatedItem> Of(BoardState state, string stageId)
    {
        if (state.StageById(stageId)?.Criteria is not { Count: > 0 } criteria) return [];
        var weights = criteria.ToDictionary(c => c.Id, c => c.Weight);
        return [.. state.Ratings.Where(r => r.StageId == stageId && weights.ContainsKey(r.CriterionId)).GroupBy(r => r.TargetId)
            .Select(item => Rate(state, item.Key, [.. item], criteria.Select(c => c.Id).ToList(), weights))
            .OrderByDescending(i => i.WeightedMean).ThenByDescending(i => i.Raters).ThenBy(i => i.Text, StringComparer.Ordinal)];
    }

    /// <summary>The score a rater gave a target on a criterion, if any (what their rating sheet shows).</summary>
    public static int? ScoreOf(BoardState state, Guid raterId, Guid targetId, string criterionId) =>
        state.Ratings.FirstOrDefault(r => r.RaterId == raterId && r.TargetId == targetId && r.CriterionId == criterionId)?.Score;

    /// <summary>
    /// The weighted mean of the criteria's means (Σ weight × mean ÷ Σ weight, over criteria with a score); each rater's own
    /// weighted score the same way over what they scored, for the spread.
    /// </summary>
    private static RatedItem Rate(BoardState state, Guid targetId, List<Rating> ratings, List<string> order, Dictionary<string, int> weights)
    {
        var byCriterion = order.Select(id => (id, scores: ratings.Where(r => r.CriterionId == id).Select(r => r.Score).ToList()))
            .Where(c => c.scores.Count > 0).Select(c => new CriterionResult(c.id, c.scores.Average(), c.scores.Count)).ToList();
        var perRater = ratings.GroupBy(r => r.SheetId).Select(sheet => Weighted(sheet.Select(r => (weights[r.CriterionId], (double)r.Score)))).ToList();
        var mean = perRater.Average();
        var deviation = Math.Sqrt(perRater.Average(s => (s - mean) * (s - mean)));
        var isCluster = state.Clusters.TryGetValue(targetId, out var cluster);
        var text = isCluster ? cluster!.Title : state.Notes.TryGetValue(targetId, out var note) ? note.Text : "";
        return new RatedItem(targetId, isCluster, text, Weighted(byCriterion.Select(c => (weights[c.CriterionId], c.Mean))),
            perRater.Min(), perRater.Max(), deviation, perRater.Count, byCriterion);
    }

    private static double Weighted(IEnumerable<(int Weight, double Score)> scores)
    {
        var list = scores.ToList();
        return list.Sum(s => s.Weight * s.Score) / list.Sum(s => s.Weight);
    }
}
