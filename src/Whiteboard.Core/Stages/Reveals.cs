using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Stages;

/// <summary>
/// Rules H2 and V4: what a reveal does to a board. On the server's state it clears the hidden flags. On a viewer's state it
/// also brings in what the viewer could not see before, which the event carries as sent to that viewer.
/// </summary>
internal static class Reveals
{
    public static BoardState Apply(BoardState state, BoardEvent e) => e switch
    {
        NotesRevealed r => RevealNotes(state, r),
        VotesRevealed r => RevealVotes(state, r),
        _ => state,
    };

    private static BoardState RevealNotes(BoardState state, NotesRevealed r)
    {
        var notes = state.Notes;
        foreach (var n in state.Notes.Values.Where(n => n.StageId == r.StageId && n.Hidden)) notes = notes.SetItem(n.Id, n with { Hidden = false });
        foreach (var n in r.Notes ?? [])
            if (!notes.ContainsKey(n.Id)) notes = notes.SetItem(n.Id, n with { Hidden = false });
        return state with { Notes = notes };
    }

    /// <summary>
    /// The event as sent lists every vote of the stage with voters left out; a viewer keeps their own votes (which carry
    /// their id) and takes the others from the list: one entry less per own vote on the same target.
    /// </summary>
    private static BoardState RevealVotes(BoardState state, VotesRevealed r)
    {
        var own = state.Votes.Where(v => v.StageId == r.StageId && v.VoterId != Guid.Empty).Select(v => v with { Hidden = false }).ToList();
        var kept = state.Votes.Where(v => v.StageId != r.StageId).ToList();
        List<Vote> others;
        if (r.Votes is null)
        {
            others = [.. state.Votes.Where(v => v.StageId == r.StageId && v.VoterId == Guid.Empty).Select(v => v with { Hidden = false })];
        }
        else
        {
            others = [.. r.Votes.Select(v => v with { VoterId = Guid.Empty, Hidden = false })];
            foreach (var mine in own)
            {
                var match = others.FindIndex(v => v.TargetId == mine.TargetId);
                if (match >= 0) others.RemoveAt(match);
            }
        }
        return state with
        {
            Votes = [.. kept, .. own, .. others],
            Stages = state.WithStage(r.StageId, s => s with { VotesRevealed = true }).Stages,
        };
    }
}
