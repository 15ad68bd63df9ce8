using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Clusters;

/// <summary>
/// Clusters that tidy themselves: a new or grown cluster gathers its notes into a compact grid, placed where its frame
/// (and the title bar above it) overlaps nothing else; "arrange" lays a whole stage out as clusters and loose notes in
/// rows. Decided once, by the browser of the person who acts, and sent as ordinary moves, so every screen agrees.
/// </summary>
public static class ClusterLayout
{
    /// <summary>Room kept above a frame for its title bar (title, votes, rename and dissolve buttons).</summary>
    public const double HeaderRoom = 56;

    private const double Step = 40;
    private const int Rings = 40;

    /// <summary>
    /// Where each member goes: a grid of about as many columns as rows, its top-left at <paramref name="anchor"/> if the
    /// frame is free there, else at the nearest spot where it is.
    /// </summary>
    /// <param name="obstacles">Everything else on the stage: other notes' boxes and other clusters' frames.</param>
    public static IReadOnlyList<(Guid NoteId, double X, double Y)> Gather(IReadOnlyList<SizedNote> members, (double X, double Y) anchor,
        IReadOnlyCollection<DropBox> obstacles)
    {
        if (members.Count == 0) return [];
        var (width, height) = BlockSize(members);
        var (left, top) = FreeSpot(anchor, width, height, obstacles);
        return Grid(members, left, top);
    }

    /// <summary>
    /// A whole stage tidied: each cluster a compact grid, the loose notes one more, side by side in rows from
    /// <paramref name="origin"/>, largest clusters first, wrapping at about the width of a wide screen.
    /// </summary>
    public static IReadOnlyList<(Guid NoteId, double X, double Y)> Arrange(IReadOnlyList<IReadOnlyList<SizedNote>> clusters,
        IReadOnlyList<SizedNote> loose, (double X, double Y) origin)
    {
        var blocks = clusters.Where(c => c.Count > 0).OrderByDescending(c => c.Count).Select(c => (Members: c, Framed: true)).ToList();
        if (loose.Count > 0) blocks.Add((loose, false));
        var rowWidth = Math.Max(1400, Math.Sqrt(blocks.Sum(b => Area(b.Members))) * 1.6);
        var moves = new List<(Guid, double, double)>();
        var (x, y, rowHeight) = (origin.X, origin.Y, 0.0);
        foreach (var (members, framed) in blocks)
        {
            var (width, height) = BlockSize(members);
            var room = framed ? ClusterGroupModel.Margin : 0;
            var (outerWidth, outerHeight) = (width + 2 * room, height + 2 * room + (framed ? HeaderRoom : 0));
            if (x > origin.X && x + outerWidth > origin.X + rowWidth)
                (x, y, rowHeight) = (origin.X, y + rowHeight + NotePlacement.Gap * 2, 0);
            moves.AddRange(Grid(members, x + room, y + (framed ? HeaderRoom + room : 0)));
            x += outerWidth + NotePlacement.Gap * 2;
            rowHeight = Math.Max(rowHeight, outerHeight);
        }
        return moves;
    }

    /// <summary>The frame a cluster draws around notes at <paramref name="box"/>, with its title bar above.</summary>
    public static DropBox Framed(DropBox box) =>
        box.Grow(ClusterGroupModel.Margin) with { Top = box.Top - ClusterGroupModel.Margin - HeaderRoom };

    private static double Area(IReadOnlyList<SizedNote> members)
    {
        var (width, height) = BlockSize(members);
        return width * height;
    }

    private static int Columns(int count) => Math.Min(4, (int)Math.Ceiling(Math.Sqrt(count)));

    private static (double Width, double Height) Cell(IReadOnlyList<SizedNote> members) =>
        (members.Max(m => m.Width) + NotePlacement.Gap, members.Max(m => m.Height) + NotePlacement.Gap);

    private static (double Width, double Height) BlockSize(IReadOnlyList<SizedNote> members)
    {
        var columns = Columns(members.Count);
        var rows = (members.Count + columns - 1) / columns;
        var (cellWidth, cellHeight) = Cell(members);
        return (columns * cellWidth - NotePlacement.Gap, rows * cellHeight - NotePlacement.Gap);
    }

    private static List<(Guid NoteId, double X, double Y)> Grid(IReadOnlyList<SizedNote> members, double left, double top)
    {
        var columns = Columns(members.Count);
        var (cellWidth, cellHeight) = Cell(members);
        return [.. members.Select((m, i) => (m.NoteId, Math.Round(left + i % columns * cellWidth), Math.Round(top + i / columns * cellHeight)))];
    }

    /// <summary>The spot nearest the anchor, on a fine grid around it, where the framed block touches no obstacle.</summary>
    private static (double Left, double Top) FreeSpot((double X, double Y) anchor, double width, double height, IReadOnlyCollection<DropBox> obstacles)
    {
        var spots = from dx in Enumerable.Range(-Rings, 2 * Rings + 1)
                    from dy in Enumerable.Range(-Rings, 2 * Rings + 1)
                    orderby dx * dx + dy * dy, dy, dx
                    select (anchor.X + dx * Step, anchor.Y + dy * Step);
        foreach (var (left, top) in spots)
        {
            var frame = Framed(new DropBox(left, top, left + width, top + height)).Grow(NotePlacement.Gap / 2);
            if (!obstacles.Any(o => Overlap(frame, o))) return (left, top);
        }
        return anchor;
    }

    private static bool Overlap(DropBox a, DropBox b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
