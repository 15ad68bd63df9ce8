using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Boards;

/// <summary>
/// One stage of the board drawn with Blazor.Diagrams: its notes, and its clusters as groups. The diagram follows the
/// session's state (never the other way round): a drag here becomes drag previews and, on drop, a MoveNote command
/// (and a clustering command when dropped on a note or cluster, <see cref="ClusterDrop"/>); remote changes move nodes
/// and regroup them without sending anything.
/// </summary>
public partial class BoardCanvas : IDisposable
{
    private readonly Dictionary<Guid, StickyNoteModel> _nodes = [];
    private readonly Dictionary<Guid, ClusterGroupModel> _groups = [];
    /// <summary>Notes this person is dragging right now: the board's state must not pull them back meanwhile.</summary>
    private readonly HashSet<Guid> _draggedHere = [];
    private BlazorDiagram _diagram = default!;
    private NoteActions _actions = default!;
    private ClusterActions _clusterActions = default!;
    /// <summary>Set while code (not a person) moves nodes, so that those moves are not sent as drags.</summary>
    private bool _following;

    [Parameter, EditorRequired] public BoardSession Session { get; set; } = default!;
    /// <summary>The stage shown: its notes and clusters only. None before the first stage opens.</summary>
    [Parameter] public string? StageId { get; set; }
    /// <summary>Tapping a note picks it for grouping instead of selecting it; nothing is dragged meanwhile.</summary>
    [Parameter] public bool PickMode { get; set; }
    [Parameter] public IReadOnlySet<Guid> Picked { get; set; } = new HashSet<Guid>();
    [Parameter] public EventCallback<Guid> OnTogglePick { get; set; }
    [Parameter] public Guid? NoteInEditor { get; set; }
    [Parameter] public EventCallback<Guid> OnEditNote { get; set; }
    [Parameter] public EventCallback<Guid> OnDeleteNote { get; set; }
    [Parameter] public EventCallback<Guid> OnRenameCluster { get; set; }
    /// <summary>The selected note becomes an action item (rule A1): offered while an Action stage is current.</summary>
    [Parameter] public EventCallback<Guid> OnMakeAction { get; set; }
    /// <summary>Something this person did could not be sent, and not because the server refused it.</summary>
    [Parameter] public EventCallback<RejectionCode> OnProblem { get; set; }

    protected override void OnInitialized()
    {
        _diagram = NewDiagram();
        _actions = new NoteActions(id => OnEditNote.InvokeAsync(id), id => OnDeleteNote.InvokeAsync(id),
            Vote: id => Session.SubmitAsync(new CastVote(id)),
            Unvote: id => Session.SubmitAsync(new RetractVote(id)),
            RemoveFromCluster: id => Session.SubmitAsync(new RemoveFromCluster(id)),
            TogglePick: id => PickMode ? OnTogglePick.InvokeAsync(id) : Task.CompletedTask,
            MakeAction: id => OnMakeAction.InvokeAsync(id));
        _clusterActions = new ClusterActions(id => OnRenameCluster.InvokeAsync(id), id => Session.SubmitAsync(new DissolveCluster(id)),
            id => Session.SubmitAsync(new CastVote(id)), id => Session.SubmitAsync(new RetractVote(id)));
        Session.Changed += OnSessionChanged;
        Session.NoteDragging += OnNoteDragging;
        Session.Rejected += OnRejected;
    }

    /// <summary>The shown stage, the picks or the language changed: every note and cluster is looked at again.</summary>
    protected override void OnParametersSet()
    {
        if (PickMode) _diagram.UnselectAll();
        FollowBoard();
        foreach (var (id, node) in _nodes) node.SetInEditor(id == NoteInEditor);
    }

    /// <summary>The middle of what is on screen and how tall it is, in board coordinates.</summary>
    public (double X, double Y, double Height) Visible()
    {
        var width = _diagram.Container?.Width ?? 800;
        var height = _diagram.Container?.Height ?? 600;
        return ((width / 2 - _diagram.Pan.X) / _diagram.Zoom, (height / 2 - _diagram.Pan.Y) / _diagram.Zoom, height / _diagram.Zoom);
    }

    private bool ShownStageIsEmpty => _nodes.Count == 0;

    private BlazorDiagram NewDiagram()
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = false }; // touch has no Ctrl key: one note at a time
        options.Zoom.Minimum = 0.25;
        options.Zoom.Maximum = 2;
        var diagram = new BlazorDiagram(options);
        diagram.UnregisterBehavior<DragNewLinkBehavior>(); // notes are never linked
        diagram.UnregisterBehavior<KeyboardShortcutsBehavior>(); // the Delete key must not delete: deleting is a command
        diagram.RegisterComponent<StickyNoteModel, StickyNoteWidget>();
        diagram.RegisterComponent<ClusterGroupModel, ClusterWidget>();
        diagram.PointerDoubleClick += OnDoubleClick;
        return diagram;
    }

    private void FollowBoard()
    {
        var state = Session.State;
        var stage = StageId is null ? null : state.StageById(StageId);
        var notes = stage is null ? [] : state.NotesOf(stage.Id).ToList();
        var shown = notes.Select(n => n.Id).ToHashSet();
        var clusters = stage is null ? [] : state.Clusters.Values
            .Where(c => c.StageId == stage.Id && notes.Any(n => n.ClusterId == c.Id)).ToDictionary(c => c.Id);
        Follow(() =>
        {
            foreach (var (id, group) in _groups.Where(g => !clusters.ContainsKey(g.Key)).ToList())
            {
                _groups.Remove(id);
                group.Moved -= OnGroupMoved;
                _diagram.Groups.Remove(group);
            }
            foreach (var (id, node) in _nodes.Where(n => !shown.Contains(n.Key)).ToList())
            {
                _nodes.Remove(id);
                _draggedHere.Remove(id);
                node.Moving -= OnNodeMoving;
                node.Moved -= OnNodeMoved;
                _diagram.Nodes.Remove(node);
            }
            foreach (var note in notes) FollowNote(note, stage!);
            foreach (var cluster in clusters.Values) FollowCluster(cluster, stage!);
        });
    }

    private void FollowNote(Note note, Stage stage)
    {
        var look = LookOf(note, stage);
        if (_nodes.TryGetValue(note.Id, out var node))
        {
            node.Update(note, look, keepPosition: _draggedHere.Contains(note.Id));
            return;
        }
        node = new StickyNoteModel(note, look);
        node.Moving += OnNodeMoving;
        node.Moved += OnNodeMoved;
        _nodes.Add(note.Id, node);
        _diagram.Nodes.Add(node);
    }

    /// <summary>The group around a cluster's notes, its members as the board has them (rule C2: one cluster per note).</summary>
    private void FollowCluster(Cluster cluster, Stage stage)
    {
        var members = _nodes.Values.Where(n => n.Note.ClusterId == cluster.Id).ToList();
        var look = new ClusterLook(MayArrange(stage) && !PickMode, Voting.VoteCounts.On(Session.State, Session.Me, stage, cluster.Id, MayVote(stage)));
        if (!_groups.TryGetValue(cluster.Id, out var group))
        {
            foreach (var m in members) m.Group?.RemoveChild(m);
            group = new ClusterGroupModel(cluster, look, members);
            group.Moved += OnGroupMoved;
            _groups.Add(cluster.Id, group);
            _diagram.Groups.Add(group);
            _diagram.SendToBack(group); // loose notes stay above a cluster's frame
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

    /// <summary>Rule C5: clusters are renamed, dissolved and moved where the core allows it.</summary>
    private bool MayArrange(Stage stage) => ClusterAccess.CheckArrange(Session.State, stage.Id, Session.Viewer) is null;

    /// <summary>Rule V1, as the core decides it.</summary>
    private bool MayVote(Stage stage) => VoteAccess.CheckVote(Session.State, stage.Id, Session.Viewer) is null;

    private NoteLook LookOf(Note note, Stage stage)
    {
        var (state, viewer) = (Session.State, Session.Viewer);
        var mayArrange = NoteAccess.CheckMove(state, note, viewer) is null && !PickMode;
        var votes = note.Hidden ? null : Voting.VoteCounts.On(state, Session.Me, stage, note.Id, MayVote(stage));
        return new NoteLook(AuthorOf(note), NoteAccess.CheckChange(state, note, viewer) is null && !PickMode, mayArrange, note.Hidden,
            note.AuthorId == Session.Me, Picked.Contains(note.Id), votes, Session.IsPending(note.Id),
            MayMakeAction: OnMakeAction.HasDelegate && ActionItemAccess.CheckCreateFrom(state, note.Id, viewer) is null && !PickMode);
    }

    /// <summary>Rule H3: an anonymous note shows no name — except to whoever may know it, marked as anonymous.</summary>
    private string? AuthorOf(Note note) => Session.NameOf(note.AuthorId) is not { } name ? null
        : note.Anonymity == NoteAnonymity.Named ? name
        : T["AnonymousAuthorKnown", name];

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
