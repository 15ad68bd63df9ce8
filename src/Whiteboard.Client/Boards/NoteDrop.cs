using Blazor.Diagrams.Core.Models;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Boards;

/// <summary>
/// What dropping a dragged note on the canvas means for clusters (<see cref="ClusterDrop"/> decides, from the drawn
/// boxes), and where the note settles: dropped onto a note or a cluster, beside them rather than on top, hiding what it
/// joined.
/// </summary>
public static class NoteDrop
{
    /// <param name="clusterable">Whether a note may be grouped (rules C1, H4), as the core decides it.</param>
    public static (BoardCommand? Clustering, (double X, double Y)? SettleAt) Read(StickyNoteModel dropped,
        IReadOnlyCollection<StickyNoteModel> notes, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters, Func<StickyNoteModel, bool> clusterable)
    {
        var clusterBoxes = ClusterBoxesWithout(dropped, clusters);
        var box = BoxOf(dropped);
        DropCandidate Candidate(StickyNoteModel n) => new(n.Note.Id, n.Note.ClusterId, clusterable(n), BoxOf(n));
        var clustering = ClusterDrop.Decide(Candidate(dropped), (box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2,
            notes.Where(n => n != dropped).Select(Candidate).ToList(), clusterBoxes, Guid.NewGuid);
        return (clustering, SpotBeside(clustering, dropped, notes, clusterBoxes));
    }

    /// <summary>Each cluster's area as drawn without the dropped note (a cluster it alone makes up has none).</summary>
    private static Dictionary<Guid, DropBox> ClusterBoxesWithout(StickyNoteModel dropped, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters)
    {
        var boxes = new Dictionary<Guid, DropBox>();
        foreach (var (clusterId, group) in clusters)
        {
            var rest = group.Children.Where(c => c != dropped).Select(BoxOf).ToList();
            if (rest.Count > 0) boxes[clusterId] = rest.Aggregate((a, b) => a.Union(b)).Grow(ClusterGroupModel.Margin);
        }
        return boxes;
    }

    /// <summary>The free spot nearest the note or cluster a drop joins, if it joins one.</summary>
    private static (double X, double Y)? SpotBeside(BoardCommand? clustering, StickyNoteModel dropped, IReadOnlyCollection<StickyNoteModel> notes,
        IReadOnlyDictionary<Guid, DropBox> clusterBoxes)
    {
        DropBox? target = clustering switch
        {
            CreateCluster create when notes.FirstOrDefault(n => n.Note.Id == create.NoteIds[0]) is { } note => BoxOf(note),
            AddToCluster add when clusterBoxes.TryGetValue(add.ClusterId, out var box) => box,
            _ => null,
        };
        if (target is not { } t) return null;
        var taken = notes.Where(n => n != dropped).Select(n => (n.Position.X, n.Position.Y)).ToList();
        return NotePlacement.Near((t.Left + t.Right) / 2, (t.Top + t.Bottom) / 2, taken);
    }

    private static DropBox BoxOf(NodeModel node)
    {
        var width = node.Size?.Width ?? NotePlacement.NoteWidth;
        var height = node.Size?.Height ?? NotePlacement.NoteHeight;
        return new DropBox(node.Position.X, node.Position.Y, node.Position.X + width, node.Position.Y + height);
    }
}
