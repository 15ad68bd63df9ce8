using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Stages;

/// <summary>
/// Rule ST5 (with P3): whether a stage's content may be changed now. Every check returns why not, or null when allowed,
/// so a screen can say why a control is off; <c>Board.Decide</c> asks the same.
/// </summary>
public static class StageAccess
{
    /// <summary>Rule ST5: only the current stage changes, and a locked one only by a facilitator.</summary>
    public static RejectionCode? CheckEditable(BoardState state, string stageId, ParticipantRole role) =>
        state.StageById(stageId) switch
        {
            null => RejectionCode.StageNotFound,
            { Status: StageStatus.Open } => null,
            { Status: StageStatus.Locked } => role == ParticipantRole.Facilitator ? null : RejectionCode.StageLocked,
            _ => RejectionCode.StageNotOpen,
        };

    /// <summary>Rules P3, ST5: an observer changes nothing; anyone else changes the current stage while ST5 allows.</summary>
    public static RejectionCode? CheckChange(BoardState state, string stageId, Viewer viewer) =>
        CheckNotObserver(viewer) ?? CheckEditable(state, stageId, viewer.Role);

    /// <summary>Rule ST9: saying one is done changes no content, so it is allowed in the current stage also while locked.</summary>
    public static RejectionCode? CheckMarkDone(BoardState state, string stageId, Viewer viewer) =>
        CheckNotObserver(viewer) ?? state.StageById(stageId) switch
        {
            null => RejectionCode.StageNotFound,
            { IsCurrent: true } => null,
            _ => RejectionCode.StageNotOpen,
        };

    /// <summary>
    /// Rules A1, A7, ST10: the current stage allows this and may be changed; <paramref name="otherwise"/> when it does not.
    /// </summary>
    internal static RejectionCode? CheckCurrentAllowing(BoardState state, StageCapabilities capability, RejectionCode otherwise,
        Viewer viewer) =>
        CheckNotObserver(viewer) ?? (state.CurrentStage is { } stage && stage.Allows(capability) ? CheckChange(state, stage.Id, viewer) : otherwise);

    /// <summary>Rules ST5, ST10: the stage may be changed now and allows this; <paramref name="otherwise"/> when it does not.</summary>
    internal static RejectionCode? CheckChangeAllowing(BoardState state, string stageId, StageCapabilities capability,
        RejectionCode otherwise, Viewer viewer) =>
        CheckChange(state, stageId, viewer) ?? (state.StageById(stageId)!.Allows(capability) ? null : otherwise);

    /// <summary>Rule P3: observers change nothing — said before anything else, as deciding does.</summary>
    internal static RejectionCode? CheckNotObserver(Viewer viewer) =>
        viewer.Role == ParticipantRole.Observer ? RejectionCode.ObserverReadOnly : null;
}
