using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST5: only the current stage changes, and a locked one only by a facilitator.</summary>
internal static class StageAccess
{
    public static RejectionCode? CheckEditable(BoardState state, string stageId, ParticipantRole role) =>
        state.StageById(stageId) switch
        {
            null => RejectionCode.StageNotFound,
            { Status: StageStatus.Open } => null,
            { Status: StageStatus.Locked } => role == ParticipantRole.Facilitator ? null : RejectionCode.StageLocked,
            _ => RejectionCode.StageNotOpen,
        };
}
