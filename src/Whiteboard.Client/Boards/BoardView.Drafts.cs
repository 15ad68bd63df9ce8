using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Boards;

/// <summary>
/// Drafts (issue 4, point 4): what is typed in the note editor (and the action editor) is kept as it is typed and restored after a reload; when
/// the stage is locked or closed meanwhile, the editor stays open with the words and says so — never silently discarded.
/// </summary>
public partial class BoardView
{
    [Inject] private TypingKeeper Keeper { get; set; } = default!;

    private string NoteDraftKey => StorageKeys.NoteDraft(Session.BoardId);

    /// <summary>Why the open editor's draft is kept rather than saved as usual, if the stage or the note changed.</summary>
    private DraftNotice? Notice
    {
        get
        {
            if (!_editorOpen) return null;
            if (_editing is { } editing)
            {
                if (!Session.State.Notes.TryGetValue(editing.Id, out var note)) return MayWrite ? DraftNotice.NoteGone : Closed;
                return NoteAccess.CheckChange(Session.State, note, Session.Viewer) is null ? null : Closed;
            }
            if (!MayWrite) return Closed;
            return _draftStageId is { } begunIn && begunIn != Current?.Id ? DraftNotice.StageChanged : null;
        }
    }

    /// <summary>Whether this person can add notes now: there is a current stage they may change (rule ST5).</summary>
    private bool MayWrite => NoteAccess.CheckAdd(Session.State, Current?.Id ?? "", Session.Viewer) is null;

    private DraftNotice Closed => Current?.Status == Core.Stages.StageStatus.Locked ? DraftNotice.StageLocked : DraftNotice.StageClosed;

    /// <summary>After a reload: the editor opens again with the words that were being typed.</summary>
    protected override async Task OnInitializedAsync()
    {
        if (!_editorOpen && await Keeper.ReadAsync<KeptDraft>(NoteDraftKey) is { } kept)
        {
            var note = kept.NoteId is { } id ? Session.State.Notes.GetValueOrDefault(id) : null;
            ShowEditor(note, new NoteDraft(kept.Text, kept.Color), note is null ? kept.StageId : null);
        }
        await RestoreActionDraftAsync();
    }

    private void KeepDraft(NoteDraft draft) =>
        Keeper.Typed(NoteDraftKey, new KeptDraft(_editing?.Id, _editing is null ? _draftStageId : null, draft.Text, draft.Color));

    /// <summary>Cancel: the person discards the draft.</summary>
    private async Task DiscardAsync()
    {
        CloseEditor();
        await Keeper.ForgetAsync(NoteDraftKey);
        OpenNextRefused();
    }
}
