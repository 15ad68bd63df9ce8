using Microsoft.AspNetCore.Components;
using Whiteboard.Client.ActionItems;
using Whiteboard.Client.Browser;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.Boards;

/// <summary>
/// Action items on the board (rules A1–A4): a note becomes one by tap, or one is added from scratch, in the action editor;
/// words the server refuses come back in the editor, as a note's do.
/// </summary>
public partial class BoardView
{
    private bool _actionEditorOpen;
    private ActionItem? _actionEditing;
    private ActionDraft _actionDraft = new("", null, "", null);
    private Guid _actionEditorKey;

    /// <summary>This person's follow-up link token, from their join (the "my action items" link).</summary>
    [Parameter] public string? FollowUpToken { get; set; }

    private DateOnly Today => DueDates.TodayInClassTime(Clock.Now);

    /// <summary>Rule A3, as the core decides it.</summary>
    private bool MayEdit(ActionItem item) => ActionItemAccess.CheckEdit(Session.State, item, Session.Viewer) is null;

    /// <summary>Whom an item may be given to: the board's people (trainees first), not observers.</summary>
    private IReadOnlyList<Participant> Owners => [.. Session.State.Participants.Values
        .Where(p => p.Active && ActionItemAccess.CheckOwner(Session.State, p.Id) is null)
        .OrderBy(p => p.Role == ParticipantRole.Facilitator).ThenBy(p => p.JoinedAt)];

    /// <summary>Rule A1: a visible note's words become what is to be done; its author, when named, the first guess at who.</summary>
    private void MakeActionFrom(Guid noteId)
    {
        if (NoteAccess.CheckRevealed(Session.State, noteId, Session.Viewer) is not null) return;
        var note = Session.State.Notes[noteId];
        var author = note.Anonymity == NoteAnonymity.Named && Owners.Any(p => p.Id == note.AuthorId) ? note.AuthorId : (Guid?)null;
        ShowActionEditor(null, new ActionDraft(note.Text, author, "", null, note.Id));
    }

    /// <summary>A top-voted idea of the Plan stage: a note as above; a cluster's name as the words, with no owner guessed.</summary>
    private void MakeActionFromIdea(RankedTarget idea)
    {
        if (!idea.IsCluster) MakeActionFrom(idea.TargetId);
        else ShowActionEditor(null, new ActionDraft(idea.Text, null, "", null));
    }

    private void AddAction() => ShowActionEditor(null, new ActionDraft("", null, "", null));

    private void EditAction(Guid actionId)
    {
        if (Session.State.Actions.TryGetValue(actionId, out var item) && MayEdit(item)) ShowActionEditor(item, ActionDraft.Of(item));
    }

    private void ShowActionEditor(ActionItem? item, ActionDraft draft) =>
        (_actionEditorOpen, _actionEditing, _actionDraft, _actionEditorKey) = (true, item, draft, Guid.NewGuid());

    private void CloseActionEditor() => (_actionEditorOpen, _actionEditing) = (false, null);

    private string ActionDraftKey => StorageKeys.ActionDraft(Session.BoardId);

    /// <summary>What is typed in the action editor survives a reload, as a note's draft does.</summary>
    private void KeepActionDraft(ActionDraft draft) => Keeper.Typed(ActionDraftKey, new KeptActionDraft(_actionEditing?.Id, draft));

    private async Task CancelActionAsync()
    {
        CloseActionEditor();
        await Keeper.ForgetAsync(ActionDraftKey);
    }

    /// <summary>After a reload: the action editor opens again with what was being typed, if it may still be saved.</summary>
    private async Task RestoreActionDraftAsync()
    {
        if (_editorOpen || _actionEditorOpen || await Keeper.ReadAsync<KeptActionDraft>(ActionDraftKey) is not { } kept) return;
        if (kept.ActionItemId is null && ActionItemAccess.CheckCreate(Session.State, Session.Viewer) is null) ShowActionEditor(null, kept.Draft);
        else if (kept.ActionItemId is { } id && Session.State.Actions.TryGetValue(id, out var item) && MayEdit(item))
            ShowActionEditor(item, kept.Draft);
    }

    private async Task SaveActionAsync(ActionDraft draft)
    {
        var editing = _actionEditing;
        CloseActionEditor();
        // Sent is kept: the outbox holds the command until the server has it, and a refusal brings the words back.
        await Keeper.ForgetAsync(ActionDraftKey);
        if (editing is null) await Session.SubmitAsync(new CreateActionItem(Guid.NewGuid(), draft.What, draft.Owner, draft.Due, draft.FromNoteId));
        else await Session.SubmitAsync(new EditActionItem(editing.Id, draft.What, draft.Owner, draft.Due));
    }

    /// <summary>
    /// What was typed must not be lost: a refused item comes back in the editor when it is free, and is kept again as a
    /// draft (saving had forgotten it), so that a reload before the next keystroke does not lose it either.
    /// </summary>
    private void ReopenRefusedAction(BoardCommand command)
    {
        if (_actionEditorOpen) return;
        switch (command)
        {
            case CreateActionItem c:
                ShowActionEditor(null, new ActionDraft(c.What, c.Owner.ParticipantId, c.Owner.Name ?? "", c.Due, c.FromNoteId));
                break;
            case EditActionItem c when Session.State.Actions.TryGetValue(c.ActionItemId, out var item) && MayEdit(item):
                ShowActionEditor(item, new ActionDraft(c.What, c.Owner.ParticipantId, c.Owner.Name ?? "", c.Due, item.FromNoteId));
                break;
            default:
                return;
        }
        BackgroundWork.Run(Keeper.KeepNowAsync(ActionDraftKey, new KeptActionDraft(_actionEditing?.Id, _actionDraft)), "keeping refused words");
    }
}
