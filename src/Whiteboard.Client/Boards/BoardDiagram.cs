using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Boards;

/// <summary>
/// One stage of the board drawn with Blazor.Diagrams, following the board's state (never the other way round): notes
/// as nodes, clusters as groups around their notes (rule C2: membership is the board's, not the diagram's). Moves made
/// by code are told apart from a person's drags, and a note this person is dragging is not pulled back meanwhile.
/// </summary>
public sealed class BoardDiagram : IDisposable
{
    private readonly Dictionary<Guid, StickyNoteModel> _nodes = [];
    private readonly Dictionary<Guid, ClusterGroupModel> _groups = [];
    /// <summary>Notes this person is dragging right now: the board's state must not pull them back meanwhile.</summary>
    private readonly HashSet<Guid> _draggedHere = [];
    /// <summary>Notes shown where someone else's preview put them, not where the board has them.</summary>
    private readonly HashSet<Guid> _previewed = [];
    /// <summary>Set while code (not a person) moves nodes, so that those moves are not taken for drags.</summary>
    private bool _following;

    /// <summary>
    /// From this many notes on a stage, only the notes on screen are drawn (Blazor.Diagrams' virtualization): a board far
    /// beyond a class's few hundred notes would otherwise build every note's elements at once, seconds on a tablet. Below
    /// it every note stays in the page, as it always was. The library hides what left the screen when the view pans, zooms
    /// or resizes; notes added or moved by code are checked here (<see cref="ShowIfOnScreen"/>), which it does not do.
    /// </summary>
    public const int VirtualizeFrom = 150;

    public BoardDiagram()
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = false }; // touch has no Ctrl key: one note at a time
        options.Zoom.Minimum = 0.25;
        options.Zoom.Maximum = 2;
        Diagram = new BlazorDiagram(options);
        Diagram.UnregisterBehavior<DragNewLinkBehavior>(); // notes are never linked
        Diagram.UnregisterBehavior<KeyboardShortcutsBehavior>(); // the Delete key must not delete: deleting is a command
        Diagram.RegisterComponent<StickyNoteModel, StickyNoteWidget>();
        Diagram.RegisterComponent<ClusterGroupModel, ClusterWidget>();
        Diagram.PointerDoubleClick += OnDoubleClick;
    }

    public BlazorDiagram Diagram { get; }

    /// <summary>The notes drawn, in the order they were added.</summary>
    public IReadOnlyCollection<StickyNoteModel> Notes => _nodes.Values;

    /// <summary>The clusters drawn, by cluster id.</summary>
    public IReadOnlyDictionary<Guid, ClusterGroupModel> Clusters => _groups;

    /// <summary>This person drags a note: where it is now, in whole pixels.</summary>
    public event Action<Guid, double, double>? Dragging;

    /// <summary>This person dropped a note (pointer up): it stays where it was dropped until the board's event arrives.</summary>
    public event Action<StickyNoteModel>? Dropped;

    /// <summary>This person dropped a cluster: its notes moved with it, silently.</summary>
    public event Action<ClusterGroupModel>? ClusterDropped;

    /// <summary>A note this person may change was double-clicked.</summary>
    public event Action<StickyNoteModel>? DoubleClicked;

    /// <summary>
    /// Draws these notes and clusters (a stage's), as they look to this viewer: notes and clusters no longer there go,
    /// new ones come, the rest are updated — a note dragged here keeps its place until dropped.
    /// </summary>
    public void Follow(IReadOnlyList<Note> notes, IReadOnlyList<Cluster> clusters, Func<Note, NoteLook> lookOf, Func<Cluster, ClusterLook> clusterLookOf)
    {
        var shown = notes.Select(n => n.Id).ToHashSet();
        var kept = clusters.Select(c => c.Id).ToHashSet();
        ByCode(() =>
        {
            foreach (var (id, group) in _groups.Where(g => !kept.Contains(g.Key)).ToList())
            {
                _groups.Remove(id);
                group.Moved -= OnGroupMoved;
                Diagram.Groups.Remove(group);
            }
            foreach (var (id, node) in _nodes.Where(n => !shown.Contains(n.Key)).ToList())
            {
                _nodes.Remove(id);
                _draggedHere.Remove(id);
                _previewed.Remove(id);
                node.Moving -= OnNodeMoving;
                node.Moved -= OnNodeMoved;
                Diagram.Nodes.Remove(node);
            }
            foreach (var note in notes) FollowNote(note, lookOf(note));
            foreach (var cluster in clusters) FollowCluster(cluster, clusterLookOf(cluster));
            Diagram.Options.Virtualization.Enabled = _nodes.Count >= VirtualizeFrom;
            foreach (var node in _nodes.Values) ShowIfOnScreen(node);
        });
    }

    /// <summary>
    /// Draws a note only while some of it is on screen, when the board is virtualized; before the canvas has measured
    /// itself nothing is drawn (it measures itself on its first render and the library then shows what is on screen). A
    /// note dragged here is always drawn.
    /// </summary>
    private void ShowIfOnScreen(StickyNoteModel node)
    {
        if (!Diagram.Options.Virtualization.Enabled || _draggedHere.Contains(node.Note.Id))
        {
            node.Visible = true;
            return;
        }
        if (Diagram.Container is not { } screen)
        {
            node.Visible = false;
            return;
        }
        var (zoom, pan) = (Diagram.Zoom, Diagram.Pan);
        var size = node.Size ?? new Size(NotePlacement.NoteWidth, NotePlacement.NoteHeight);
        var (left, top) = (node.Position.X * zoom + pan.X, node.Position.Y * zoom + pan.Y);
        node.Visible = left + size.Width * zoom > 0 && left < screen.Width && top + size.Height * zoom > 0 && top < screen.Height;
    }

    /// <summary>The note open in the editor, if any: its own buttons hide meanwhile.</summary>
    public void SetInEditor(Guid? noteId)
    {
        foreach (var (id, node) in _nodes) node.SetInEditor(id == noteId);
    }

    /// <summary>Someone else drags a note: it moves here too (a preview, never the board's state).</summary>
    public void ShowDrag(NoteDrag drag)
    {
        if (_draggedHere.Contains(drag.NoteId) || !_nodes.TryGetValue(drag.NoteId, out var node)) return;
        _previewed.Add(drag.NoteId);
        ByCode(() =>
        {
            node.SetPosition(drag.X, drag.Y);
            ShowIfOnScreen(node);
        });
    }

    /// <summary>
    /// Someone else's preview of a note ended: it goes where the board has it, whatever the drop did (a drop back where
    /// it was moves nothing on the board, yet every screen must show it there again).
    /// </summary>
    public void EndPreview(Guid noteId)
    {
        if (!_previewed.Remove(noteId) || _draggedHere.Contains(noteId) || !_nodes.TryGetValue(noteId, out var node)) return;
        ReturnByCode(node);
    }

    /// <summary>A move the server refused: the note goes back to where the board has it.</summary>
    public void ReturnToBoard(Guid noteId)
    {
        if (_nodes.TryGetValue(noteId, out var node)) ReturnByCode(node);
    }

    private void ReturnByCode(StickyNoteModel node) => ByCode(() =>
    {
        node.ReturnToBoardPosition();
        ShowIfOnScreen(node);
    });

    /// <summary>Puts a dropped note where it settles.</summary>
    public void Settle(StickyNoteModel note, double x, double y) => ByCode(() => note.SetPosition(x, y));

    /// <summary>The middle of what is on screen and how tall it is, in board coordinates.</summary>
    public (double X, double Y, double Height) Visible()
    {
        var width = Diagram.Container?.Width ?? 800;
        var height = Diagram.Container?.Height ?? 600;
        return ((width / 2 - Diagram.Pan.X) / Diagram.Zoom, (height / 2 - Diagram.Pan.Y) / Diagram.Zoom, height / Diagram.Zoom);
    }

    /// <summary>
    /// Draws one note as the board has it. A note previewed by someone else settles where the board has it when the board
    /// changes it (their drop, even one back to where it was: rule N6 makes every drop a move).
    /// </summary>
    private void FollowNote(Note note, NoteLook look)
    {
        if (_nodes.TryGetValue(note.Id, out var node))
        {
            var changed = note != node.Note;
            var draggedHere = _draggedHere.Contains(note.Id);
            node.Update(note, look, keepPosition: draggedHere);
            if (changed && !draggedHere && _previewed.Remove(note.Id)) node.ReturnToBoardPosition();
            return;
        }
        node = new StickyNoteModel(note, look);
        node.Moving += OnNodeMoving;
        node.Moved += OnNodeMoved;
        _nodes.Add(note.Id, node);
        Diagram.Nodes.Add(node);
    }

    /// <summary>The group around a cluster's notes, its members as the board has them (rule C2: one cluster per note).</summary>
    private void FollowCluster(Cluster cluster, ClusterLook look)
    {
        var members = _nodes.Values.Where(n => n.Note.ClusterId == cluster.Id).ToList();
        if (!_groups.TryGetValue(cluster.Id, out var group))
        {
            foreach (var m in members) m.Group?.RemoveChild(m);
            group = new ClusterGroupModel(cluster, look, members);
            group.Moved += OnGroupMoved;
            _groups.Add(cluster.Id, group);
            Diagram.Groups.Add(group);
            Diagram.SendToBack(group); // loose notes stay above a cluster's frame
            return;
        }
        group.Update(cluster, look);
        foreach (var child in group.Children.Where(c => !members.Contains(c)).ToList()) group.RemoveChild(child);
        foreach (var m in members.Where(m => m.Group != group))
        {
            m.Group?.RemoveChild(m);
            group.AddChild(m);
        }
    }

    private void ByCode(Action change)
    {
        _following = true;
        try
        {
            Diagram.Batch(change);
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
        Dragging?.Invoke(sticky.Note.Id, Math.Round(node.Position.X), Math.Round(node.Position.Y));
    }

    /// <summary>Fires once on drop (pointer up).</summary>
    private void OnNodeMoved(MovableModel node)
    {
        if (node is not StickyNoteModel sticky) return;
        _draggedHere.Remove(sticky.Note.Id);
        Dropped?.Invoke(sticky);
    }

    private void OnGroupMoved(MovableModel group)
    {
        if (group is ClusterGroupModel cluster) ClusterDropped?.Invoke(cluster);
    }

    private void OnDoubleClick(Model? model, PointerEventArgs e)
    {
        if (model is StickyNoteModel { MayChange: true } sticky) DoubleClicked?.Invoke(sticky);
    }

    public void Dispose() => Diagram.PointerDoubleClick -= OnDoubleClick;
}
