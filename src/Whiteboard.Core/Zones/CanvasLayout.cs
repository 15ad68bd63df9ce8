using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Zones;

/// <summary>
/// A step's canvas (rules Z1–Z3): its kind, its zones in order, and for a fishbone the problem at the head, for a matrix
/// its two axes. The geometry is the core's, so every screen draws the zones in the same place and a note's zone is
/// decided from its position alone.
/// </summary>
public sealed record CanvasLayout(
    CanvasLayoutKind Kind,
    IReadOnlyList<Zone> Zones,
    LocalizedText? Head = null,
    LocalizedText? AcrossAxis = null,
    LocalizedText? UpAxis = null)
{
    /// <summary>A column, a bone's side or a quadrant: room for two notes across and four down, with its label above.</summary>
    public const double ZoneWidth = 440, ZoneHeight = 640;

    /// <summary>The fishbone's head, right of the bones, where the problem is written.</summary>
    public const double HeadWidth = 320;

    public const int MaxZones = 12;

    public static readonly CanvasLayout Free = new(CanvasLayoutKind.Free, []);

    /// <summary>
    /// Rule Z1: where each zone lies. Columns stand side by side from the origin; a fishbone's bones sit above and below its
    /// spine (the first half above, left to right, then the rest below), its head to the right; a matrix's four quadrants
    /// are top-left, top-right, bottom-left, bottom-right (up the first axis, across the second).
    /// </summary>
    public IReadOnlyList<ZoneArea> Areas() => Kind switch
    {
        CanvasLayoutKind.Columns => [.. Zones.Select((z, i) => new ZoneArea(z.Id, i * ZoneWidth, 0, ZoneWidth, 2 * ZoneHeight))],
        CanvasLayoutKind.Fishbone => [.. Zones.Select((z, i) =>
        {
            var above = (Zones.Count + 1) / 2;
            var (column, row) = i < above ? (i, 0) : (i - above, 1);
            return new ZoneArea(z.Id, column * ZoneWidth, row * ZoneHeight, ZoneWidth, ZoneHeight);
        })],
        CanvasLayoutKind.Matrix => [.. Zones.Take(4).Select((z, i) => new ZoneArea(z.Id, i % 2 * ZoneWidth, i / 2 * ZoneHeight, ZoneWidth, ZoneHeight))],
        _ => [],
    };

    /// <summary>The fishbone's head: right of the longest row of bones, across the spine.</summary>
    public ZoneArea? HeadArea() => Kind == CanvasLayoutKind.Fishbone
        ? new ZoneArea("", (Zones.Count + 1) / 2 * ZoneWidth, ZoneHeight / 2, HeadWidth, ZoneHeight)
        : null;

    /// <summary>
    /// Rule Z2: the zone a note at (<paramref name="x"/>, <paramref name="y"/>) — its top-left corner, as stored — belongs to:
    /// the one its centre lies in; none when it lies outside every zone (or the canvas is free).
    /// </summary>
    public string? ZoneAt(double x, double y)
    {
        var (cx, cy) = (x + NoteSize.Width / 2, y + NoteSize.Height / 2);
        return Areas().FirstOrDefault(a => a.Contains(cx, cy))?.ZoneId;
    }

    /// <summary>
    /// Rule Z3: a layout a flow may carry: free with no zones; columns and a fishbone with 1–12 zones; a matrix with exactly
    /// four; ids unique and non-empty; a fishbone needs its head, a matrix its two axes.
    /// </summary>
    public bool IsValid =>
        Zones.All(z => !string.IsNullOrWhiteSpace(z.Id)) && Zones.Select(z => z.Id).Distinct().Count() == Zones.Count
        && Kind switch
        {
            CanvasLayoutKind.Free => Zones.Count == 0,
            CanvasLayoutKind.Columns => Zones.Count is >= 1 and <= MaxZones,
            CanvasLayoutKind.Fishbone => Zones.Count is >= 1 and <= MaxZones && Head is not null,
            CanvasLayoutKind.Matrix => Zones.Count == 4 && AcrossAxis is not null && UpAxis is not null,
            _ => false,
        };
}
