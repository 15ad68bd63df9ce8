using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Voting;

/// <summary>
/// Rule V4: a stage's clusters and notes ranked apart by the dots cast on each — counts only, never who voted. Used by
/// the results view in the browser and by the case report alike.
/// </summary>
public static class Ranking
{
    public static RankedStage Of(BoardState state, string stageId)
    {
        var clusters = state.Clusters.Values.Where(c => c.StageId == stageId)
            .Select(c => new RankedTarget(c.Id, true, c.Title, Votes(state, c.Id), [.. state.MembersOf(c.Id).Select(n => n.Text)], null));
        var notes = state.NotesOf(stageId).Where(n => !n.Hidden)
            .Select(n => new RankedTarget(n.Id, false, n.Text, Votes(state, n.Id), [],
                n.ClusterId is { } id && state.Clusters.TryGetValue(id, out var cluster) ? cluster.Title : null));
        return new(Ranked(clusters), Ranked(notes));
    }

    private static IReadOnlyList<RankedTarget> Ranked(IEnumerable<RankedTarget> rows) =>
        [.. rows.OrderByDescending(r => r.Score).ThenBy(r => r.Text, StringComparer.Ordinal)];

    /// <summary>The dots on one note or cluster that this view holds.</summary>
    public static int Votes(BoardState state, Guid targetId) => state.Votes.Count(v => v.TargetId == targetId);
}
