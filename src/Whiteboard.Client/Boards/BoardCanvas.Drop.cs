using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Boards;

/// <summary>Drops: a note's move, and what it means for clusters; a cluster's move is a move of each of its notes.</summary>
public partial class BoardCanvas
{
    /// <summary>Fires once on drop (pointer up). The node stays where it was dropped until the board's event arrives.</summary>
    private void OnNodeMoved(MovableModel node)
    {
        if (node is not StickyNoteModel sticky) return;
        _draggedHere.Remove(sticky.Note.Id);
        // Submitting never throws: an unsent command waits in the outbox, a refusal comes back as Rejected.
        _ = Session.SubmitAsync(new MoveNote(sticky.Note.Id, Math.Round(node.Position.X), Math.Round(node.Position.Y)));
        if (ClusteringOnDrop(sticky) is { } command) _ = Session.SubmitAsync(command);
    }

    private Core.Protocol.BoardCommand? ClusteringOnDrop(StickyNoteModel dropped)
    {
        var box = BoxOf(dropped);
        var others = _nodes.Values.Where(n => n != dropped).Select(Candidate).ToList();
        var clusterBoxes = new Dictionary<Guid, DropBox>();
        foreach (var (clusterId, group) in _groups)
        {
            var rest = group.Children.Where(c => c != dropped).Select(BoxOf).ToList();
            if (rest.Count > 0) clusterBoxes[clusterId] = rest.Aggregate((a, b) => a.Union(b)).Grow(ClusterGroupModel.Margin);
        }
        return ClusterDrop.Decide(Candidate(dropped), (box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2,
            others, clusterBoxes, Guid.NewGuid);
    }

    private static DropCandidate Candidate(StickyNoteModel node) =>
        new(node.Note.Id, node.Note.ClusterId, !node.Note.Hidden, BoxOf(node));

    private static DropBox BoxOf(NodeModel node)
    {
        var width = node.Size?.Width ?? NotePlacement.NoteWidth;
        var height = node.Size?.Height ?? NotePlacement.NoteHeight;
        return new DropBox(node.Position.X, node.Position.Y, node.Position.X + width, node.Position.Y + height);
    }

    /// <summary>Dragging a cluster moves its notes silently: each one's new place is sent as its own move.</summary>
    private void OnGroupMoved(MovableModel group)
    {
        if (group is not ClusterGroupModel cluster) return;
        foreach (var child in cluster.Children.OfType<StickyNoteModel>())
            _ = Session.SubmitAsync(new MoveNote(child.Note.Id, Math.Round(child.Position.X), Math.Round(child.Position.Y)));
    }
}
