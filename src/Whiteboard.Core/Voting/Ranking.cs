using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Voting;

/// <summary>
/// Rule V4: a stage's clusters and loose notes ranked by their dots — counts only, never who voted. Used by the results
/// view in the browser and by the case report alike.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedTarget> Of(BoardState state, string stageId)
    {
        var clusters = state.Clusters.Values.Where(c => c.StageId == stageId).Select(c =>
        {
            var members = state.MembersOf(c.Id).Select(n => Note(state, n)).OrderByDescending(r => r.Score).ToList();
            return new RankedTarget(c.Id, true, c.Title, Votes(state, c.Id), members.Sum(m => m.Score), members);
        });
        var loose = state.NotesOf(stageId).Where(n => n.ClusterId is null && !n.Hidden).Select(n => Note(state, n));
        return [.. clusters.Concat(loose).OrderByDescending(r => r.Score).ThenByDescending(r => r.IsCluster).ThenBy(r => r.Text, StringComparer.Ordinal)];
    }

    private static RankedTarget Note(BoardState state, Notes.Note note) => new(note.Id, false, note.Text, Votes(state, note.Id), 0, []);

    /// <summary>The dots on one note or cluster that this view holds.</summary>
    public static int Votes(BoardState state, Guid targetId) => state.Votes.Count(v => v.TargetId == targetId);
}
