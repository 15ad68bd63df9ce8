using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Notes;

/// <summary>
/// The note editor: the note being written or changed and the words it started from, and the refused words waiting for
/// it. What was typed is never lost: refused words come back in the editor, one at a time (as a new note when theirs is
/// gone), and a draft whose stage closed meanwhile stays, with a notice, until the person saves or discards it.
/// </summary>
public sealed class NoteEditing
{
    /// <summary>Refused words waiting for the editor to be free.</summary>
    private readonly Queue<(Guid? NoteId, NoteDraft Draft)> _refused = new();

    public bool IsOpen { get; private set; }

    /// <summary>The note being changed; null for a new one.</summary>
    public Note? Editing { get; private set; }

    /// <summary>The words to start from instead of the note's: refused or kept ones.</summary>
    public NoteDraft? Draft { get; private set; }

    /// <summary>The stage a new note's draft was begun in: if the facilitator moves on meanwhile, the person is told.</summary>
    public string? DraftStageId { get; private set; }

    /// <summary>A new editor for every opening, so that it starts from its own words.</summary>
    public Guid Key { get; private set; }

    /// <summary>The colour of this person's last new note: the next one starts with it.</summary>
    public NoteColor LastColor { get; private set; } = NoteColor.Yellow;

    /// <summary>Opens the editor on a new note, or on a note this person may change (rule N5); false when they may not.</summary>
    public bool Open(Guid? noteId, NoteDraft? draft, BoardState state, Viewer viewer)
    {
        Note? note = null;
        if (noteId is { } id && (!state.Notes.TryGetValue(id, out note) || NoteAccess.CheckChange(state, note, viewer) is not null)) return false;
        Show(note, draft, state.CurrentStage?.Id);
        return true;
    }

    /// <summary>After a reload: the editor as it was, with the words that were being typed.</summary>
    public void Restore(KeptDraft kept, BoardState state)
    {
        var note = kept.NoteId is { } id ? state.Notes.GetValueOrDefault(id) : null;
        Show(note, new NoteDraft(kept.Text, kept.Color), note is null ? kept.StageId : null);
    }

    public void Close() => (IsOpen, Editing, Draft, DraftStageId) = (false, null, null, null);

    /// <summary>The words as the browser keeps them.</summary>
    public KeptDraft Kept(NoteDraft draft) => new(Editing?.Id, Editing is null ? DraftStageId : null, draft.Text, draft.Color);

    /// <summary>
    /// What saving sends, and the editor closes. A change goes to the note as it is now — sent even when it was deleted
    /// meanwhile: the refusal says why and brings the words back, as a new note. A new note goes to the current stage
    /// (before any, the one on screen), at the place <paramref name="place"/> finds for it — sent even when the stage has
    /// just closed: the refusal brings the words back into the editor.
    /// </summary>
    public IReadOnlyList<BoardCommand> Save(NoteDraft draft, BoardState state, string? shownStageId, Func<Guid, string, (double X, double Y)> place)
    {
        var editing = Editing is { } e && state.Notes.TryGetValue(e.Id, out var now) ? now : Editing;
        Close();
        if (editing is null)
        {
            LastColor = draft.Color;
            var (noteId, stageId) = (Guid.NewGuid(), state.CurrentStage?.Id ?? shownStageId ?? "");
            var (x, y) = place(noteId, stageId);
            return [new AddNote(noteId, stageId, draft.Text, draft.Color, x, y)];
        }
        var changes = new List<BoardCommand>();
        if (TypedText.NoteText.Check(draft.Text).Text != editing.Text) changes.Add(new EditNote(editing.Id, draft.Text));
        if (draft.Color != editing.Color) changes.Add(new RecolorNote(editing.Id, draft.Color));
        return changes;
    }

    /// <summary>Why the open editor's draft is kept rather than saved as usual, if the stage or the note changed.</summary>
    public DraftNotice? Notice(BoardState state, Viewer viewer)
    {
        if (!IsOpen) return null;
        // Rule ST5: whether notes can be added now, as the core decides it.
        var mayWrite = NoteAccess.CheckAdd(state, state.CurrentStage?.Id ?? "", viewer) is null;
        var closed = state.CurrentStage?.Status == StageStatus.Locked ? DraftNotice.StageLocked : DraftNotice.StageClosed;
        if (Editing is { } editing)
        {
            if (!state.Notes.TryGetValue(editing.Id, out var note)) return mayWrite ? DraftNotice.NoteGone : closed;
            return NoteAccess.CheckChange(state, note, viewer) is null ? null : closed;
        }
        if (!mayWrite) return closed;
        return DraftStageId is { } begunIn && begunIn != state.CurrentStage?.Id ? DraftNotice.StageChanged : null;
    }

    /// <summary>
    /// A refused command's words wait for the editor: a new note's, or an edit's — on its note if this person may still
    /// change it, else as a new note. Several can come at once (changes made offline, refused on reconnecting).
    /// </summary>
    public void Refused(BoardCommand command, BoardState state, Viewer viewer)
    {
        (Guid? NoteId, NoteDraft Draft)? refused = command switch
        {
            AddNote add => (null, new NoteDraft(add.Text, add.Color)),
            EditNote edit when state.Notes.TryGetValue(edit.NoteId, out var note) && NoteAccess.CheckChange(state, note, viewer) is null
                => (note.Id, new NoteDraft(edit.Text, note.Color)),
            EditNote edit => (null, new NoteDraft(edit.Text, LastColor)),
            _ => null,
        };
        if (refused is { } words) _refused.Enqueue(words);
    }

    /// <summary>The next refused words, once the editor is free.</summary>
    public (Guid? NoteId, NoteDraft Draft)? NextRefused() => !IsOpen && _refused.TryDequeue(out var next) ? next : null;

    private void Show(Note? note, NoteDraft? draft, string? stageId) =>
        (IsOpen, Editing, Draft, DraftStageId, Key) = (true, note, draft, stageId, Guid.NewGuid());
}
