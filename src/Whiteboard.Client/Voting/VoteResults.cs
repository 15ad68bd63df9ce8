using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Voting;

/// <summary>Rule V4: a stage's clusters and loose notes ranked by their dots — counts only, never who voted.</summary>
public static class VoteResults
{
    public static IReadOnlyList<ResultRow> Rank(BoardState state, string stageId)
    {
        var clusters = state.Clusters.Values.Where(c => c.StageId == stageId).Select(c =>
        {
            var members = state.MembersOf(c.Id).Select(n => Note(state, n)).OrderByDescending(r => r.Score).ToList();
            return new ResultRow(c.Id, true, c.Title, VoteCounts.Total(state, c.Id), members.Sum(m => m.Score), members);
        });
        var loose = state.NotesOf(stageId).Where(n => n.ClusterId is null && !n.Hidden).Select(n => Note(state, n));
        return [.. clusters.Concat(loose).OrderByDescending(r => r.Score).ThenByDescending(r => r.IsCluster).ThenBy(r => r.Text, StringComparer.Ordinal)];
    }

    private static ResultRow Note(BoardState state, Core.Notes.Note note) =>
        new(note.Id, false, note.Text, VoteCounts.Total(state, note.Id), 0, []);
}
