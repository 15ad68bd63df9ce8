using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Participants;

/// <summary>Who may change who is in the workshop (rules W3, P6): the checks Decide, the hub and the console share.</summary>
public static class ParticipantAccess
{
    /// <summary>Rules W3, P6: only facilitators move people between groups, remove them, or sign out other facilitator devices.</summary>
    public static RejectionCode? CheckManage(Viewer viewer) => viewer.IsFacilitator ? null : RejectionCode.NotAllowed;

    /// <summary>Rule P7: a facilitator sets the unit of anyone who joined this board.</summary>
    public static RejectionCode? CheckSetUnit(BoardState state, Guid participantId, Viewer viewer) =>
        CheckManage(viewer) ?? (state.Participants.ContainsKey(participantId) ? null : RejectionCode.NotJoined);

    /// <summary>Rule P6: a facilitator removes a participant or an observer on this board, never a facilitator.</summary>
    public static RejectionCode? CheckRemove(BoardState state, Guid participantId, Viewer viewer) =>
        CheckManage(viewer) ?? state.RoleOf(participantId) switch
        {
            null => RejectionCode.NotJoined,
            ParticipantRole.Facilitator => RejectionCode.NotAllowed,
            _ => null,
        };
}
