using Blazor.Diagrams.Core.Models;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Boards;

/// <summary>
/// <see cref="ClusterLayout"/> on the canvas as drawn: what each note measures and where everything else on the stage is.
/// </summary>
public static class BoardTidying
{
    /// <summary>
    /// Where the notes of a new or grown cluster go: gathered in a compact grid at <paramref name="anchor"/> (by default
    /// where the first of them is), or the nearest spot where the frame covers nothing else.
    /// </summary>
    public static IReadOnlyList<(Guid NoteId, double X, double Y)> Gather(IReadOnlyList<Guid> memberIds, (double X, double Y)? anchor,
        IReadOnlyCollection<StickyNoteModel> notes, IReadOnlyDictionary<Guid, ClusterGroupModel> clusters)
    {
        var byId = notes.ToDictionary(n => n.Note.Id);
        var members = memberIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (members.Count == 0) return [];
        var inside = members.ToHashSet();
        var obstacles = notes.Where(n => !inside.Contains(n)).Select(BoxOf).ToList();
        foreach (var group in clusters.Values)
            if (BoundsOf(group.Children.Where(c => !inside.Contains(c))) is { } rest) obstacles.Add(ClusterLayout.Framed(rest));
        var at = anchor ?? (members[0].Position.X, members[0].Position.Y);
        return ClusterLayout.Gather([.. members.Select(Sized)], at, obstacles);
    }

    /// <summary>The whole stage tidied into rows of clusters and the loose notes, from where its top-left note is.</summary>
    public static IReadOnlyList<(Guid NoteId, double X, double Y)> Arrange(IReadOnlyCollection<StickyNoteModel> notes,
        IReadOnlyDictionary<Guid, ClusterGroupModel> clusters)
    {
        if (notes.Count == 0) return [];
        var inClusters = notes.Where(n => n.Note.ClusterId is { } c && clusters.ContainsKey(c))
            .GroupBy(n => n.Note.ClusterId!.Value)
            .Select(g => (IReadOnlyList<SizedNote>)[.. g.OrderBy(n => n.Position.Y).ThenBy(n => n.Position.X).Select(Sized)])
            .ToList();
        var loose = notes.Where(n => n.Note.ClusterId is not { } c || !clusters.ContainsKey(c))
            .OrderBy(n => n.Position.Y).ThenBy(n => n.Position.X).Select(Sized).ToList();
        return ClusterLayout.Arrange(inClusters, loose, (notes.Min(n => n.Position.X), notes.Min(n => n.Position.Y)));
    }

    /// <summary>The box around the nodes as drawn; none for no nodes.</summary>
    public static DropBox? BoundsOf(IEnumerable<NodeModel> nodes) =>
        nodes.Select(BoxOf).Aggregate((DropBox?)null, (all, box) => all?.Union(box) ?? box);

    public static DropBox BoxOf(NodeModel node)
    {
        var (width, height) = SizeOf(node);
        return new DropBox(node.Position.X, node.Position.Y, node.Position.X + width, node.Position.Y + height);
    }

    private static SizedNote Sized(StickyNoteModel note)
    {
        var (width, height) = SizeOf(note);
        return new SizedNote(note.Note.Id, width, height);
    }

    private static (double Width, double Height) SizeOf(NodeModel node) =>
        (node.Size?.Width ?? NotePlacement.NoteWidth, node.Size?.Height ?? NotePlacement.NoteHeight);
}
