using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Voting;

/// <summary>Whether a viewer may vote in a stage now (rules V1, ST5, P3): why not, or null when allowed.</summary>
public static class VoteAccess
{
    /// <summary>Rule V1: dots go on the current stage's notes and clusters; a stage with a budget of 0 has no voting.</summary>
    public static RejectionCode? CheckVote(BoardState state, string stageId, Viewer viewer) =>
        StageAccess.CheckChange(state, stageId, viewer)
            ?? (state.StageById(stageId)!.Settings.VoteBudget == 0 ? RejectionCode.VotingClosed : null);
}
