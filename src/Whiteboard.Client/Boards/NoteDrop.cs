using Blazor.Diagrams.Core.Models;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Boards;

/// <summary>
/// What dropping a dragged note on the canvas means for clusters (<see cref="ClusterDrop"/> decides, from the drawn
/// boxes), and how the cluster it makes or joins is tidied: its notes gathered in a compact frame that covers nothing else
/// (<see cref="BoardTidying"/>), the dropped note inside it rather than on top of what it joined.
/// </summary>
public static class NoteDrop
{
    /// <param name="clusterable">Whether a note may be grouped (rules C1, H4), as the core decides it.</param>
    public static (BoardCommand? Clustering, IReadOnlyList<(Guid NoteId, double X, double Y)> Tidy) Read(StickyNoteModel dropped,
        IReadOnlyCollection<StickyNoteModel> notes, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters, Func<StickyNoteModel, bool> clusterable)
    {
        var clusterBoxes = ClusterBoxesWithout(dropped, clusters);
        var box = BoardTidying.BoxOf(dropped);
        DropCandidate Candidate(StickyNoteModel n) => new(n.Note.Id, n.Note.ClusterId, clusterable(n), BoardTidying.BoxOf(n));
        var clustering = ClusterDrop.Decide(Candidate(dropped), (box.Left + box.Right) / 2, (box.Top + box.Bottom) / 2,
            notes.Where(n => n != dropped).Select(Candidate).ToList(), clusterBoxes, Guid.NewGuid);
        return (clustering, Tidy(clustering, dropped, notes, clusters));
    }

    /// <summary>Each cluster's area as drawn without the dropped note (a cluster it alone makes up has none).</summary>
    private static Dictionary<Guid, DropBox> ClusterBoxesWithout(StickyNoteModel dropped, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters)
    {
        var boxes = new Dictionary<Guid, DropBox>();
        foreach (var (clusterId, group) in clusters)
            if (BoardTidying.BoundsOf(group.Children.Where(c => c != dropped)) is { } rest) boxes[clusterId] = rest.Grow(ClusterGroupModel.Margin);
        return boxes;
    }

    /// <summary>
    /// A new cluster gathers where the note dropped onto is; a joined one grows from where its notes begin, the dropped
    /// note last.
    /// </summary>
    private static IReadOnlyList<(Guid NoteId, double X, double Y)> Tidy(BoardCommand? clustering, StickyNoteModel dropped,
        IReadOnlyCollection<StickyNoteModel> notes, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters)
    {
        switch (clustering)
        {
            case CreateCluster create when notes.FirstOrDefault(n => n.Note.Id == create.NoteIds[0]) is { } target:
                return BoardTidying.Gather(create.NoteIds, (target.Position.X, target.Position.Y), notes, clusters);
            case AddToCluster add when clusters.TryGetValue(add.ClusterId, out var group):
                var rest = group.Children.OfType<StickyNoteModel>().Where(c => c != dropped)
                    .OrderBy(c => c.Position.Y).ThenBy(c => c.Position.X).ToList();
                if (rest.Count == 0) return [];
                return BoardTidying.Gather([.. rest.Select(c => c.Note.Id), dropped.Note.Id],
                    (rest.Min(c => c.Position.X), rest.Min(c => c.Position.Y)), notes, clusters);
            default:
                return [];
        }
    }
}
