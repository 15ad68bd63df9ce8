using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Notes;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Boards;

/// <summary>
/// A group's board as participants on tablets and the facilitator on one group see it: the stages, the stage shown
/// (the current one unless someone looks back), its notes and clusters, votes, done flags and — for facilitators — the
/// stage controls for this group.
/// </summary>
public partial class BoardView : IDisposable
{
    private BoardCanvas _canvas = default!;
    private bool _editorOpen;
    private Note? _editing;
    private NoteDraft? _draft;
    /// <summary>The stage a new note's draft was begun in: if the facilitator moves on meanwhile, the person is told.</summary>
    private string? _draftStageId;
    private Guid _editorKey;
    private NoteColor _lastColor = NoteColor.Yellow;
    private RejectionCode? _error;
    private bool _peopleShown;
    private bool _resultsShown;
    private bool _pickMode;
    private IReadOnlySet<Guid> _picked = new HashSet<Guid>();
    private Guid? _renaming;
    /// <summary>Refused words waiting for the editor to be free.</summary>
    private readonly Queue<(Guid? NoteId, NoteDraft Draft)> _refused = new();
    /// <summary>A stage this person tapped to look at; null follows the current stage.</summary>
    private string? _chosenStageId;
    private string? _lastCurrentId;
    /// <summary>Where this browser put new notes: the next one steps aside even before the earlier ones arrive.</summary>
    private readonly List<(Guid NoteId, string StageId, double X, double Y)> _placed = [];

    [Parameter, EditorRequired] public BoardSession Session { get; set; } = default!;
    [Parameter, EditorRequired] public string Code { get; set; } = "";
    [Parameter, EditorRequired] public ServerClock Clock { get; set; } = default!;
    [Parameter] public ConnectionState Status { get; set; }

    private IReadOnlyList<Stage> Stages => Session.State.Stages;
    private Stage? Current => Session.State.CurrentStage;
    private bool IsObserver => Session.Role == ParticipantRole.Observer;

    /// <summary>The stage on screen: the one tapped, else the current one, else the last one done (after the session).</summary>
    private Stage? Shown =>
        (_chosenStageId is { } id ? Session.State.StageById(id) : null)
        ?? Current
        ?? Stages.LastOrDefault(s => s.Status == StageStatus.Done);

    private IReadOnlyCollection<Participant> ActiveParticipants => [.. Session.State.Participants.Values.Where(p => p.Active)];

    private IReadOnlyList<Guid> Trainees =>
        [.. Session.State.Participants.Values.Where(p => p.Active && p.Role == ParticipantRole.Participant).Select(p => p.Id)];

    private bool HasHiddenNotes => Current is { } c && Session.State.NotesOf(c.Id).Any(n => n.Hidden);

    /// <summary>Every stage is done: nothing more is written, so nothing invites writing.</summary>
    private bool SessionFinished => WorkshopProgress.Finished(Session.State);

    /// <summary>Why a note cannot be added to the stage on screen now (rule ST5), shown beside the disabled button.</summary>
    private RejectionCode? AddNoteBlocked => NoteAccess.CheckAdd(Session.State, Shown?.Id ?? "", Session.Viewer);

    protected override void OnInitialized()
    {
        _lastCurrentId = Current?.Id;
        Session.Changed += OnSessionChanged;
        Session.Rejected += OnRejected;
    }

    private void ShowStage(string stageId)
    {
        _chosenStageId = stageId == Current?.Id ? null : stageId;
        EndPicking();
    }

    /// <summary>When the facilitator moves the board on, everyone follows to the new current stage.</summary>
    private void FollowCurrentStage()
    {
        if (Current?.Id == _lastCurrentId) return;
        _lastCurrentId = Current?.Id;
        _chosenStageId = null;
        _error = null; // a refusal in the stage before no longer applies
        EndPicking();
    }

    private Task MarkDoneAsync(bool done) => Current is { } stage ? Session.SubmitAsync(new MarkDone(stage.Id, done)) : Task.CompletedTask;

    private void TogglePickMode()
    {
        if (_pickMode) EndPicking();
        else _pickMode = true;
    }

    private void EndPicking() => (_pickMode, _picked) = (false, new HashSet<Guid>());

    private void TogglePick(Guid noteId)
    {
        if (ClusterAccess.CheckNote(Session.State, noteId, Session.Viewer) is not null) return;
        var picked = new HashSet<Guid>(_picked);
        if (!picked.Remove(noteId)) picked.Add(noteId);
        _picked = picked;
    }

    /// <summary>Rule C1: the picked notes, in the order they are drawn, become one cluster.</summary>
    private async Task GroupPickedAsync()
    {
        var ids = Session.State.NotesInOrder().Select(n => n.Id).Where(_picked.Contains).ToList();
        EndPicking();
        if (ids.Count >= 2) await Session.SubmitAsync(new CreateCluster(Guid.NewGuid(), ids, ""));
    }

    private async Task RenameAsync(Guid clusterId, string title)
    {
        _renaming = null;
        await Session.SubmitAsync(new RenameCluster(clusterId, title));
    }

    private void OpenEditor(Guid? noteId, NoteDraft? draft)
    {
        Note? note = null;
        if (noteId is { } id && (!Session.State.Notes.TryGetValue(id, out note) || NoteAccess.CheckChange(Session.State, note, Session.Viewer) is not null))
            return;
        ShowEditor(note, draft, Current?.Id);
        if (draft is not null) KeepDraft(draft); // refused words: kept like typed ones
    }

    private void ShowEditor(Note? note, NoteDraft? draft, string? stageId) =>
        (_editorOpen, _editing, _draft, _draftStageId, _editorKey) = (true, note, draft, stageId, Guid.NewGuid());

    private void CloseEditor() => (_editorOpen, _editing, _draft, _draftStageId) = (false, null, null, null);

    private async Task SaveAsync(NoteDraft draft)
    {
        await SendAsync(draft);
        OpenNextRefused();
    }

    private async Task SendAsync(NoteDraft draft)
    {
        // Sent as it is even when the note was deleted meanwhile: the refusal says why and brings the words back (as a new note).
        var editing = _editing is { } e && Session.State.Notes.TryGetValue(e.Id, out var now) ? now : _editing;
        CloseEditor();
        await Keeper.ForgetAsync(NoteDraftKey);
        if (editing is null)
        {
            _lastColor = draft.Color;
            var (centreX, centreY) = _canvas.VisibleCentre();
            var stageId = Current?.Id ?? Shown?.Id ?? "";
            // Spots this browser used for notes still on their way count as taken; once a note is on the board, it counts itself.
            _placed.RemoveAll(p => p.StageId != stageId || Session.State.Notes.ContainsKey(p.NoteId));
            var taken = Session.State.NotesOf(stageId).Select(n => (n.X, n.Y)).Concat(_placed.Select(p => (p.X, p.Y))).ToList();
            var (x, y) = PrivateRow() is { } row
                ? NotePlacement.InRow(centreX, centreY + row * NotePlacement.RowSpacing(_canvas.VisibleHeight()), taken)
                : NotePlacement.Near(centreX, centreY, taken);
            var noteId = Guid.NewGuid();
            _placed.Add((noteId, stageId, x, y));
            // Sent even when the stage has just closed: the refusal brings the words back into the editor.
            await Session.SubmitAsync(new AddNote(noteId, stageId, draft.Text, draft.Color, x, y));
            return;
        }
        if (TypedText.NoteText.Check(draft.Text).Text != editing.Text)
            await Session.SubmitAsync(new EditNote(editing.Id, draft.Text));
        if (draft.Color != editing.Color)
            await Session.SubmitAsync(new RecolorNote(editing.Id, draft.Color));
    }

    /// <summary>
    /// During private writing nobody sees the others' notes, so nobody can make room for them: each person fills a row
    /// of their own around the middle (by the order they joined), so that revealed notes rarely land on each other.
    /// </summary>
    private int? PrivateRow()
    {
        if (Current is not { Settings.PrivateWriting: true }) return null;
        var slot = Session.State.Participants.Values.Where(p => p.Active).OrderBy(p => p.JoinedAt).ToList().FindIndex(p => p.Id == Session.Me);
        return slot < 0 ? null : slot % 3 - 1;
    }

    private async Task DeleteAsync(Guid noteId)
    {
        if (_editing?.Id == noteId)
        {
            CloseEditor();
            await Keeper.ForgetAsync(NoteDraftKey);
        }
        await Session.SubmitAsync(new DeleteNote(noteId));
    }

    private void OnRejected(BoardCommand command, RejectionCode code) => InvokeAsync(() =>
    {
        _error = code;
        // What was typed must not be lost: refused words come back in the editor (as a new note if theirs is gone).
        // Several can come at once (changes made offline, refused on reconnecting): each waits for the editor in turn.
        if (Refused(command) is { } refused) _refused.Enqueue(refused);
        OpenNextRefused();
        ReopenRefusedAction(command);
        StateHasChanged();
    });

    private void OpenNextRefused()
    {
        if (!_editorOpen && _refused.TryDequeue(out var next)) OpenEditor(next.NoteId, next.Draft);
    }

    private (Guid? NoteId, NoteDraft Draft)? Refused(BoardCommand command) => command switch
    {
        AddNote add => (null, new NoteDraft(add.Text, add.Color)),
        EditNote edit when Session.State.Notes.TryGetValue(edit.NoteId, out var note) && NoteAccess.CheckChange(Session.State, note, Session.Viewer) is null
            => (note.Id, new NoteDraft(edit.Text, note.Color)),
        EditNote edit => (null, new NoteDraft(edit.Text, _lastColor)),
        _ => null,
    };

    private void OnSessionChanged() => InvokeAsync(() =>
    {
        FollowCurrentStage();
        StateHasChanged();
    });

    public void Dispose()
    {
        Session.Changed -= OnSessionChanged;
        Session.Rejected -= OnRejected;
    }
}
