using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.Voting;

/// <summary>Dot voting as this viewer sees it, from the board's projected state (rules V1–V4).</summary>
public static class VoteCounts
{
    /// <summary>V4: while a stage's votes are hidden, each person sees only their own dots.</summary>
    public static bool CountsHidden(this Stage stage) => stage.Settings.VotesHidden && !stage.VotesRevealed;

    /// <summary>Whether totals may be shown and ranked: the votes were revealed, or were never hidden.</summary>
    public static bool ResultsVisible(this Stage stage) => stage.HasVoting && !stage.CountsHidden();

    public static int MyVotes(BoardState state, Guid me, string stageId) =>
        state.Votes.Count(v => v.StageId == stageId && v.VoterId == me);

    /// <summary>V2: the budget less the dots already placed in the stage.</summary>
    public static int VotesLeft(BoardState state, Guid me, Stage stage) =>
        Math.Max(0, stage.Settings.VoteBudget - MyVotes(state, me, stage.Id));


    /// <summary>What the vote buttons on one target show; null when the stage has no voting. Rules V1–V3, as the core decides them.</summary>
    public static VoteLook? On(BoardState state, Viewer viewer, Stage stage, Guid targetId)
    {
        if (!stage.HasVoting) return null;
        var mine = state.Votes.Count(v => v.TargetId == targetId && v.VoterId == viewer.ParticipantId);
        var hidden = stage.CountsHidden();
        var mayVote = VoteAccess.CheckVote(state, stage.Id, viewer) is null;
        return new VoteLook(hidden ? mine : Ranking.Votes(state, targetId), mine, hidden, mayVote,
            mayVote ? VoteAccess.CheckCast(state, targetId, viewer) : null,
            mayVote ? VoteAccess.CheckRetract(state, targetId, viewer) : null);
    }
}
