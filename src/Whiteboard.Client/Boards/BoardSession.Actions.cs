using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Boards;

/// <summary>What this person may do with action items and the summary (docs/RULES.md A1–A7), as the core decides it.</summary>
public sealed partial class BoardSession
{
    /// <summary>Rule A1: an Action stage is the current stage and this person may change it.</summary>
    public bool MayCreateAction => State.CurrentStage is { Kind: StageKind.Action } stage && MayChangeStage(stage.Id);

    /// <summary>Rule A3: its maker, its owner or a facilitator, while its Action stage may be changed.</summary>
    public bool MayEditAction(ActionItem item) =>
        (item.CreatedBy == Me || item.OwnerId == Me || IsFacilitator) && MayChangeStage(item.StageId);

    /// <summary>Rule A3: its maker or a facilitator, while its Action stage may be changed.</summary>
    public bool MayDeleteAction(ActionItem item) => (item.CreatedBy == Me || IsFacilitator) && MayChangeStage(item.StageId);

    /// <summary>Rule A4: its owner or a facilitator, at any time — also after every stage is done.</summary>
    public bool MayReportProgress(ActionItem item) =>
        Role != ParticipantRole.Observer && (item.OwnerId == Me || IsFacilitator);

    /// <summary>Rule A7: the group or the facilitator, while the Summary stage is the current one and may be changed.</summary>
    public bool MayWriteSummary => State.CurrentStage is { Kind: StageKind.Summary } stage && MayChangeStage(stage.Id);

    /// <summary>This person's own action items on this board.</summary>
    public IEnumerable<ActionItem> MyActions => State.Actions.Values.Where(a => a.OwnerId == Me);
}
