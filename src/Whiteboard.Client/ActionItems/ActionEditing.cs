using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Client.ActionItems;

/// <summary>
/// The action editor (rules A1–A3): an item made from a note, from a top-voted idea or from scratch, or one being changed;
/// words the server refuses come back in it, as a note's do.
/// </summary>
public sealed class ActionEditing
{
    public bool IsOpen { get; private set; }

    /// <summary>The item being changed; null for a new one.</summary>
    public ActionItem? Editing { get; private set; }

    public ActionDraft Draft { get; private set; } = Empty;

    /// <summary>A new editor for every opening, so that it starts from its own words.</summary>
    public Guid Key { get; private set; }

    private static readonly ActionDraft Empty = new("", null, "", null);

    /// <summary>Whom an item may be given to (rule A2, as the core decides it): the board's people, trainees first.</summary>
    public static IReadOnlyList<Participant> Owners(BoardState state) => [.. state.Participants.Values
        .Where(p => p.Active && ActionItemAccess.CheckOwner(state, p.Id) is null)
        .OrderBy(p => p.Role == ParticipantRole.Facilitator).ThenBy(p => p.JoinedAt)];

    /// <summary>Rule A1: a note the room has seen becomes what is to be done; its author, when named, the first guess at who.</summary>
    public void MakeFrom(Guid noteId, BoardState state, Viewer viewer)
    {
        if (NoteAccess.CheckRevealed(state, noteId, viewer) is not null) return;
        var note = state.Notes[noteId];
        var author = note.Anonymity == NoteAnonymity.Named && Owners(state).Any(p => p.Id == note.AuthorId) ? note.AuthorId : (Guid?)null;
        Show(null, new ActionDraft(note.Text, author, "", null, note.Id));
    }

    /// <summary>A top-voted idea of the Plan stage: a note as above; a cluster's name as the words, with no owner guessed.</summary>
    public void MakeFrom(RankedTarget idea, BoardState state, Viewer viewer)
    {
        if (!idea.IsCluster) MakeFrom(idea.TargetId, state, viewer);
        else Show(null, new ActionDraft(idea.Text, null, "", null));
    }

    public void New() => Show(null, Empty);

    /// <summary>Rule A3: an item this person may change.</summary>
    public void Edit(Guid actionId, BoardState state, Viewer viewer)
    {
        if (state.Actions.TryGetValue(actionId, out var item) && MayEdit(item, state, viewer)) Show(item, ActionDraft.Of(item));
    }

    /// <summary>After a reload: the editor opens again with what was being typed, if it may still be saved.</summary>
    public void Restore(KeptActionDraft kept, BoardState state, Viewer viewer)
    {
        if (IsOpen) return;
        if (kept.ActionItemId is null && ActionItemAccess.CheckCreate(state, viewer) is null) Show(null, kept.Draft);
        else if (kept.ActionItemId is { } id && state.Actions.TryGetValue(id, out var item) && MayEdit(item, state, viewer)) Show(item, kept.Draft);
    }

    public void Close() => (IsOpen, Editing) = (false, null);

    /// <summary>The words as the browser keeps them.</summary>
    public KeptActionDraft Kept(ActionDraft draft) => new(Editing?.Id, draft);

    /// <summary>What saving sends; the editor closes.</summary>
    public BoardCommand Save(ActionDraft draft)
    {
        var editing = Editing;
        Close();
        return editing is null
            ? new CreateActionItem(Guid.NewGuid(), draft.What, draft.Owner, draft.Due, draft.FromNoteId)
            : new EditActionItem(editing.Id, draft.What, draft.Owner, draft.Due);
    }

    /// <summary>
    /// What was typed must not be lost: a refused item comes back in the editor when it is free. True when it did: its
    /// words must be kept again (saving had forgotten them).
    /// </summary>
    public bool Reopen(BoardCommand command, BoardState state, Viewer viewer)
    {
        if (IsOpen) return false;
        switch (command)
        {
            case CreateActionItem c:
                Show(null, new ActionDraft(c.What, c.Owner.ParticipantId, c.Owner.Name ?? "", c.Due, c.FromNoteId));
                return true;
            case EditActionItem c when state.Actions.TryGetValue(c.ActionItemId, out var item) && MayEdit(item, state, viewer):
                Show(item, new ActionDraft(c.What, c.Owner.ParticipantId, c.Owner.Name ?? "", c.Due, item.FromNoteId));
                return true;
            default:
                return false;
        }
    }

    private static bool MayEdit(ActionItem item, BoardState state, Viewer viewer) => ActionItemAccess.CheckEdit(state, item, viewer) is null;

    private void Show(ActionItem? item, ActionDraft draft) => (IsOpen, Editing, Draft, Key) = (true, item, draft, Guid.NewGuid());
}
