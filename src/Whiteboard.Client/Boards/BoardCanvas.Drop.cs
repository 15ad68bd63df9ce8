using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Client.Background;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>Drops: a note's move, and what it means for clusters; a cluster's move is a move of each of its notes.</summary>
public partial class BoardCanvas
{
    /// <summary>Fires once on drop (pointer up). The node stays where it was dropped until the board's event arrives.</summary>
    private void OnNodeMoved(MovableModel node)
    {
        if (node is not StickyNoteModel sticky) return;
        _draggedHere.Remove(sticky.Note.Id);
        var clusterBoxes = ClusterBoxesWithout(sticky);
        var command = ClusteringOnDrop(sticky, clusterBoxes);
        // Dropped onto a note or a cluster: it settles beside them rather than on top, hiding what it joined.
        if (SpotBeside(command, sticky, clusterBoxes) is var (x, y)) Follow(() => sticky.SetPosition(x, y));
        // An unsent command waits in the outbox, a refusal comes back as Rejected; anything else is shown.
        Submit(new MoveNote(sticky.Note.Id, Math.Round(node.Position.X), Math.Round(node.Position.Y)));
        if (command is not null) Submit(command);
    }

    private Core.Protocol.BoardCommand? ClusteringOnDrop(StickyNoteModel dropped, IReadOnlyDictionary<Guid, DropBox> clusterBoxes)
    {
        var box = BoxOf(dropped);
        var others = _nodes.Values.Where(n => n != dropped).Select(Candidate).ToList();
        return ClusterDrop.Decide(Candidate(dropped), (box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2,
            others, clusterBoxes, Guid.NewGuid);
    }

    /// <summary>Each cluster's area as drawn without the dropped note (a cluster it alone makes up has none).</summary>
    private Dictionary<Guid, DropBox> ClusterBoxesWithout(StickyNoteModel dropped)
    {
        var boxes = new Dictionary<Guid, DropBox>();
        foreach (var (clusterId, group) in _groups)
        {
            var rest = group.Children.Where(c => c != dropped).Select(BoxOf).ToList();
            if (rest.Count > 0) boxes[clusterId] = rest.Aggregate((a, b) => a.Union(b)).Grow(ClusterGroupModel.Margin);
        }
        return boxes;
    }

    /// <summary>The free spot nearest the note or cluster a drop joins, if it joins one.</summary>
    private (double X, double Y)? SpotBeside(Core.Protocol.BoardCommand? command, StickyNoteModel dropped, IReadOnlyDictionary<Guid, DropBox> clusterBoxes)
    {
        DropBox? target = command switch
        {
            CreateCluster create when _nodes.TryGetValue(create.NoteIds[0], out var note) => BoxOf(note),
            AddToCluster add when clusterBoxes.TryGetValue(add.ClusterId, out var box) => box,
            _ => null,
        };
        if (target is not { } t) return null;
        var taken = _nodes.Values.Where(n => n != dropped).Select(n => (n.Position.X, n.Position.Y)).ToList();
        return NotePlacement.Near((t.Left + t.Right) / 2, (t.Top + t.Bottom) / 2, taken);
    }

    /// <summary>Rules C1, H4: a note that may be grouped (visible and revealed), as the core decides it.</summary>
    private DropCandidate Candidate(StickyNoteModel node) =>
        new(node.Note.Id, node.Note.ClusterId, ClusterAccess.CheckNote(Session.State, node.Note.Id, Session.Viewer) is null, BoxOf(node));

    private static DropBox BoxOf(NodeModel node)
    {
        var width = node.Size?.Width ?? NotePlacement.NoteWidth;
        var height = node.Size?.Height ?? NotePlacement.NoteHeight;
        return new DropBox(node.Position.X, node.Position.Y, node.Position.X + width, node.Position.Y + height);
    }

    /// <summary>A drop is sent without waiting; the person who dropped is told should sending fail.</summary>
    private void Submit(Core.Protocol.BoardCommand command) => BackgroundWork.Run(Session.SubmitAsync(command), "sending a drop",
        _ => InvokeAsync(() => OnProblem.InvokeAsync(RejectionCode.Unavailable)));

    /// <summary>Dragging a cluster moves its notes silently: each one's new place is sent as its own move.</summary>
    private void OnGroupMoved(MovableModel group)
    {
        if (group is not ClusterGroupModel cluster) return;
        foreach (var child in cluster.Children.OfType<StickyNoteModel>())
            Submit(new MoveNote(child.Note.Id, Math.Round(child.Position.X), Math.Round(child.Position.Y)));
    }
}
