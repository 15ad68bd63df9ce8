using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.ActionItems;

/// <summary>What a viewer may do with action items now (rules A1, A3, A4, ST5, P3): why not, or null when allowed.</summary>
public static class ActionItemAccess
{
    /// <summary>Rules A1, ST10: an item is made while the current stage makes action items and may be changed (ST5).</summary>
    public static RejectionCode? CheckCreate(BoardState state, Viewer viewer) =>
        StageAccess.CheckCurrentAllowing(state, StageCapabilities.ActionItems, RejectionCode.NotActionStage, viewer);

    /// <summary>Rule A1: an item is made from a note the maker sees and the room has seen (H4).</summary>
    public static RejectionCode? CheckCreateFrom(BoardState state, Guid noteId, Viewer viewer) =>
        CheckCreate(state, viewer) ?? NoteAccess.CheckRevealed(state, noteId, viewer);

    /// <summary>Rule A3: its maker, its owner or a facilitator edits it, while its Action stage may be changed.</summary>
    public static RejectionCode? CheckEdit(BoardState state, ActionItem item, Viewer viewer) =>
        StageAccess.CheckChange(state, item.StageId, viewer)
            ?? (item.CreatedBy == viewer.ParticipantId || item.OwnerId == viewer.ParticipantId || viewer.IsFacilitator
                ? null : RejectionCode.NotAllowed);

    /// <summary>Rule A3: its maker or a facilitator deletes it, while its Action stage may be changed.</summary>
    public static RejectionCode? CheckDelete(BoardState state, ActionItem item, Viewer viewer) =>
        StageAccess.CheckChange(state, item.StageId, viewer)
            ?? (item.CreatedBy == viewer.ParticipantId || viewer.IsFacilitator ? null : RejectionCode.NotAllowed);

    /// <summary>
    /// Rule A2: an item is given to a participant of the board (also one moved to another group since), never to an observer:
    /// an observer watches; they do not take on the group's work.
    /// </summary>
    public static RejectionCode? CheckOwner(BoardState state, Guid participantId) =>
        state.Participants.TryGetValue(participantId, out var p) && p.Role != ParticipantRole.Observer ? null : RejectionCode.OwnerNotFound;

    /// <summary>Rule A4: its owner or a facilitator reports how it stands, at any time — also after every stage is done.</summary>
    public static RejectionCode? CheckReportProgress(ActionItem item, Viewer viewer) =>
        StageAccess.CheckNotObserver(viewer) ?? (item.OwnerId == viewer.ParticipantId || viewer.IsFacilitator ? null : RejectionCode.NotAllowed);
}
