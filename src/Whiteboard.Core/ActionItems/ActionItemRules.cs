using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.ActionItems;

/// <summary>Rules A1–A6: action items made in the Action stage, and their progress reported long after it.</summary>
internal static class ActionItemRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role) => command switch
    {
        CreateActionItem c => DecideCreate(state, c, context, role),
        EditActionItem c => DecideEdit(state, c, context, role),
        DeleteActionItem c => Find(state, c.ActionItemId, out var gone)
            ?? ActionItemAccess.CheckDelete(state, gone!, new Viewer(context.ActorId, role))
            ?? Decision.Accept(new ActionItemDeleted(gone!.Id)),
        UpdateActionProgress c => Find(state, c.ActionItemId, out var mine)
            ?? ActionItemAccess.CheckReportProgress(mine!, new Viewer(context.ActorId, role))
            ?? DecideProgress(mine!, c.Status, c.Progress),
        _ => RejectionCode.MalformedMessage,
    };

    /// <summary>A4 for an owner who reported through their follow-up link: the server checked who they are.</summary>
    public static Decision DecideOwnerLink(BoardState state, RecordOwnerProgress c) =>
        Find(state, c.ActionItemId, out var item) ?? DecideProgress(item!, c.Status, c.Progress);

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        ActionItemCreated e => state with
        {
            Actions = state.Actions.SetItem(e.ActionItemId, new ActionItem(e.ActionItemId, e.StageId, e.FromNoteId, e.What, e.OwnerId,
                e.OwnerName, e.Due, ActionStatus.NotStarted, "", envelope.ActorId, envelope.At, envelope.At) { MakerHidden = e.MakerHidden }),
        },
        ActionItemEdited e => Update(state, e.ActionItemId, a => a with
        {
            What = e.What, OwnerId = e.OwnerId, OwnerName = e.OwnerName, Due = e.Due, UpdatedAt = envelope.At,
        }),
        ActionProgressUpdated e => Update(state, e.ActionItemId, a => a with { Status = e.Status, Progress = e.Progress, UpdatedAt = envelope.At }),
        ActionItemDeleted e => state with { Actions = state.Actions.Remove(e.ActionItemId) },
        _ => state,
    };

    private static Decision DecideCreate(BoardState state, CreateActionItem c, CommandContext context, ParticipantRole role)
    {
        if (c.ActionItemId == Guid.Empty) return RejectionCode.MalformedMessage;
        if (state.Actions.ContainsKey(c.ActionItemId)) return RejectionCode.ActionItemAlreadyExists;
        if (state.HoldsId(c.ActionItemId)) return RejectionCode.IdInUse; // B6
        var viewer = new Viewer(context.ActorId, role);
        if (ActionItemAccess.CheckCreate(state, viewer) is { } refused) return refused;
        var stage = state.CurrentStage!;
        if (state.Actions.Count >= BoardLimits.MaxActionItemsPerBoard) return RejectionCode.TooManyActionItems;
        Notes.Note? source = null;
        if (c.FromNoteId is { } noteId)
        {
            if (Notes.NoteAccess.CheckRevealed(state, noteId, viewer) is { } unseen) return unseen;
            source = state.Notes[noteId];
        }
        var (details, problem) = Details(state, c.What, c.Owner, c.Due, context);
        // H3: who turns an anonymous note into an action is often its author; the maker is then not shown to others.
        var makerHidden = source is { Anonymity: not Notes.NoteAnonymity.Named };
        return problem is { } p ? p
            : Decision.Accept(new ActionItemCreated(c.ActionItemId, stage.Id, c.FromNoteId, details.What, details.OwnerId, details.OwnerName,
                details.Due, makerHidden));
    }

    private static Decision DecideEdit(BoardState state, EditActionItem c, CommandContext context, ParticipantRole role)
    {
        if ((Find(state, c.ActionItemId, out var item) ?? ActionItemAccess.CheckEdit(state, item!, new Viewer(context.ActorId, role))) is { } refused)
            return refused;
        var (details, problem) = Details(state, c.What, c.Owner, c.Due, context);
        return problem is { } p ? p : Decision.Accept(new ActionItemEdited(item!.Id, details.What, details.OwnerId, details.OwnerName, details.Due));
    }

    private static Decision DecideProgress(ActionItem item, ActionStatus status, string progress)
    {
        if (!Enum.IsDefined(status)) return RejectionCode.MalformedMessage;
        if (!ActionStatusMoves.MayMove(item.Status, status)) return RejectionCode.ActionTransitionNotAllowed;
        var (text, refused) = TypedText.Progress.Check(progress);
        return refused ?? Decision.Accept(new ActionProgressUpdated(item.Id, status, text));
    }

    /// <summary>A2: what (1–200 characters), one owner (a participant of the board, or a name), a plausible due date.</summary>
    private static ((string What, Guid? OwnerId, string OwnerName, DateOnly? Due) Details, RejectionCode? Problem) Details(
        BoardState state, string what, ActionOwner owner, DateOnly? due, CommandContext context)
    {
        var (cleanWhat, problem) = TypedText.ActionWhat.Check(what);
        if (problem is null && due is { } d && !DueDates.InRange(d, context.Now)) problem = RejectionCode.DueDateOutOfRange;
        string ownerName = "";
        if (problem is null)
        {
            switch (owner)
            {
                case { ParticipantId: { } id, Name: null }:
                    problem = ActionItemAccess.CheckOwner(state, id);
                    if (problem is null) ownerName = state.Participants[id].Name;
                    break;
                case { ParticipantId: null, Name: { } name }:
                    (ownerName, problem) = TypedText.OwnerName.Check(name);
                    break;
                default:
                    problem = RejectionCode.OwnerMissing;
                    break;
            }
        }
        return ((cleanWhat, owner.ParticipantId, ownerName, due), problem);
    }

    private static RejectionCode? Find(BoardState state, Guid id, out ActionItem? item) =>
        state.Actions.TryGetValue(id, out item) ? null : RejectionCode.ActionItemNotFound;

    private static BoardState Update(BoardState state, Guid id, Func<ActionItem, ActionItem> change) =>
        state.Actions.TryGetValue(id, out var item) ? state with { Actions = state.Actions.SetItem(id, change(item)) } : state;
}
