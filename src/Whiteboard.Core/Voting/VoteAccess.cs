using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Voting;

/// <summary>Whether a viewer may vote in a stage now (rules V1, ST5, P3): why not, or null when allowed.</summary>
public static class VoteAccess
{
    /// <summary>
    /// Rules V1, ST10: dots go on the current stage's notes and clusters; a stage with a budget of 0, or one that does not
    /// allow voting, has no voting.
    /// </summary>
    public static RejectionCode? CheckVote(BoardState state, string stageId, Viewer viewer) =>
        StageAccess.CheckChange(state, stageId, viewer) ?? (state.StageById(stageId)!.HasVoting ? null : RejectionCode.VotingClosed);

    /// <summary>
    /// Rules V1–V3, H4: why this viewer may not put one more dot on the note or cluster now — the budget spent, the
    /// per-item cap reached, voting closed — or null. The board's "+" is disabled with this reason.
    /// </summary>
    public static RejectionCode? CheckCast(BoardState state, Guid targetId, Viewer viewer)
    {
        if (CheckTarget(state, targetId, viewer, out var stage) is { } problem) return problem;
        if (CheckVote(state, stage.Id, viewer) is { } closed) return closed;
        var mine = state.Votes.Where(v => v.VoterId == viewer.ParticipantId && v.StageId == stage.Id).ToList();
        if (mine.Count >= stage.Settings.VoteBudget) return RejectionCode.VoteBudgetSpent;
        return mine.Count(v => v.TargetId == targetId) >= stage.Settings.MaxVotesPerNote ? RejectionCode.VoteLimitPerTarget : null;
    }

    /// <summary>Rule V3: why this viewer may not take a dot of theirs back from the target now, or null.</summary>
    public static RejectionCode? CheckRetract(BoardState state, Guid targetId, Viewer viewer)
    {
        if (CheckTarget(state, targetId, viewer, out _) is { } problem) return problem;
        return state.Votes.Any(v => v.VoterId == viewer.ParticipantId && v.TargetId == targetId) ? null : RejectionCode.NoVoteToRetract;
    }

    /// <summary>V1, R2, H4: a dot or a score goes on a note the room has seen, or on a cluster, of a stage that may change now.</summary>
    internal static RejectionCode? CheckTarget(BoardState state, Guid targetId, Viewer viewer, out Stage stage)
    {
        stage = null!;
        if (StageAccess.CheckNotObserver(viewer) is { } readOnly) return readOnly; // as the board decides, before the target
        if (state.Notes.TryGetValue(targetId, out var note) && note.Hidden && Visibility.CanSee(note, viewer))
            return RejectionCode.HiddenNote; // seen by this person, but not yet by the room
        if (StageOfTarget(state, targetId, viewer) is not { } found) return RejectionCode.NoteNotFound;
        stage = found;
        return StageAccess.CheckChange(state, stage.Id, viewer);
    }

    private static Stage? StageOfTarget(BoardState state, Guid targetId, Viewer viewer)
    {
        if (state.Notes.TryGetValue(targetId, out var note))
            return Visibility.CanSee(note, viewer) && !note.Hidden ? state.StageById(note.StageId) : null;
        return state.Clusters.TryGetValue(targetId, out var cluster) ? state.StageById(cluster.StageId) : null;
    }
}
