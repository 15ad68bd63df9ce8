using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>
/// The board drawn with Blazor.Diagrams. The diagram follows the session's state (never the other way round): a drag
/// here becomes drag previews and, on drop, a MoveNote command; remote changes move nodes without sending anything.
/// </summary>
public partial class BoardCanvas : IDisposable
{
    private readonly Dictionary<Guid, StickyNoteModel> _nodes = [];
    /// <summary>Notes this person is dragging right now: the board's state must not pull them back meanwhile.</summary>
    private readonly HashSet<Guid> _draggedHere = [];
    private BlazorDiagram _diagram = default!;
    private NoteActions _actions = default!;
    /// <summary>Set while code (not a person) moves nodes, so that those moves are not sent as drags.</summary>
    private bool _following;

    [Parameter, EditorRequired] public BoardSession Session { get; set; } = default!;
    [Parameter] public Guid? NoteInEditor { get; set; }
    [Parameter] public EventCallback<Guid> OnEditNote { get; set; }
    [Parameter] public EventCallback<Guid> OnDeleteNote { get; set; }

    protected override void OnInitialized()
    {
        _diagram = NewDiagram();
        _actions = new NoteActions(id => OnEditNote.InvokeAsync(id), id => OnDeleteNote.InvokeAsync(id));
        Session.Changed += OnSessionChanged;
        Session.NoteDragging += OnNoteDragging;
        Session.Rejected += OnRejected;
        FollowBoard();
    }

    protected override void OnParametersSet()
    {
        foreach (var (id, node) in _nodes) node.SetInEditor(id == NoteInEditor);
    }

    /// <summary>The middle of what is on screen, in board coordinates.</summary>
    public (double X, double Y) VisibleCentre()
    {
        var width = _diagram.Container?.Width ?? 800;
        var height = _diagram.Container?.Height ?? 600;
        return ((width / 2 - _diagram.Pan.X) / _diagram.Zoom, (height / 2 - _diagram.Pan.Y) / _diagram.Zoom);
    }

    private BlazorDiagram NewDiagram()
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = false }; // touch has no Ctrl key: one note at a time
        options.Zoom.Minimum = 0.25;
        options.Zoom.Maximum = 2;
        var diagram = new BlazorDiagram(options);
        diagram.UnregisterBehavior<DragNewLinkBehavior>(); // notes are never linked
        diagram.UnregisterBehavior<KeyboardShortcutsBehavior>(); // the Delete key must not delete: deleting is a command
        diagram.RegisterComponent<StickyNoteModel, StickyNoteWidget>();
        diagram.PointerDoubleClick += OnDoubleClick;
        return diagram;
    }

    private void FollowBoard()
    {
        var state = Session.State;
        Follow(() =>
        {
            foreach (var (id, node) in _nodes.Where(n => !state.Notes.ContainsKey(n.Key)).ToList())
            {
                _nodes.Remove(id);
                _draggedHere.Remove(id);
                node.Moving -= OnNodeMoving;
                node.Moved -= OnNodeMoved;
                _diagram.Nodes.Remove(node);
            }
            foreach (var note in state.NotesInOrder())
            {
                var author = Session.NameOf(note.AuthorId);
                var mayChange = Session.MayChange(note);
                if (_nodes.TryGetValue(note.Id, out var node))
                {
                    node.Update(note, author, mayChange, keepPosition: _draggedHere.Contains(note.Id));
                    continue;
                }
                node = new StickyNoteModel(note, author, mayChange);
                node.Moving += OnNodeMoving;
                node.Moved += OnNodeMoved;
                _nodes.Add(note.Id, node);
                _diagram.Nodes.Add(node);
            }
        });
    }

    private void Follow(Action change)
    {
        _following = true;
        try
        {
            _diagram.Batch(change);
        }
        finally
        {
            _following = false;
        }
    }

    private void OnNodeMoving(NodeModel node)
    {
        if (_following || node is not StickyNoteModel sticky) return;
        _draggedHere.Add(sticky.Note.Id);
        Session.PreviewDrag(sticky.Note.Id, Math.Round(node.Position.X), Math.Round(node.Position.Y));
    }

    /// <summary>Fires once on drop (pointer up). The node stays where it was dropped until the board's event arrives.</summary>
    private void OnNodeMoved(MovableModel node)
    {
        if (node is not StickyNoteModel sticky) return;
        _draggedHere.Remove(sticky.Note.Id);
        // Submitting never throws: an unsent command waits in the outbox, a refusal comes back as Rejected.
        _ = Session.SubmitAsync(new MoveNote(sticky.Note.Id, Math.Round(node.Position.X), Math.Round(node.Position.Y)));
    }

    private void OnNoteDragging(NoteDrag drag) => InvokeAsync(() =>
    {
        if (_draggedHere.Contains(drag.NoteId) || !_nodes.TryGetValue(drag.NoteId, out var node)) return;
        Follow(() => node.SetPosition(drag.X, drag.Y));
    });

    private void OnRejected(BoardCommand command, RejectionCode code) => InvokeAsync(() =>
    {
        if (command is MoveNote move && _nodes.TryGetValue(move.NoteId, out var node)) Follow(node.ReturnToBoardPosition);
    });

    private void OnSessionChanged() => InvokeAsync(() =>
    {
        FollowBoard();
        StateHasChanged();
    });

    private void OnDoubleClick(Model? model, PointerEventArgs e)
    {
        if (model is StickyNoteModel { MayChange: true } sticky) InvokeAsync(() => OnEditNote.InvokeAsync(sticky.Note.Id));
    }

    public void Dispose()
    {
        Session.Changed -= OnSessionChanged;
        Session.NoteDragging -= OnNoteDragging;
        Session.Rejected -= OnRejected;
        _diagram.PointerDoubleClick -= OnDoubleClick;
    }
}
