using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Zones;
using Blazor.Diagrams;

namespace Whiteboard.Client.Boards;

/// <summary>Zoom buttons: tablets get no pinch zoom from the diagram, and a projector needs big steps.</summary>
public static class CanvasZoom
{
    /// <summary>Zooms in or out by <paramref name="factor"/>, keeping the middle of the screen where it is.</summary>
    public static void By(BlazorDiagram diagram, double factor)
    {
        var oldZoom = diagram.Zoom;
        var zoom = Math.Clamp(oldZoom * factor, diagram.Options.Zoom.Minimum, diagram.Options.Zoom.Maximum);
        var middleX = (diagram.Container?.Width ?? 0) / 2;
        var middleY = (diagram.Container?.Height ?? 0) / 2;
        var pan = diagram.Pan;
        diagram.SetZoom(zoom);
        diagram.SetPan(middleX - (middleX - pan.X) * zoom / oldZoom, middleY - (middleY - pan.Y) * zoom / oldZoom);
    }

    /// <summary>
    /// The least zoom "fit" goes to: a note's 15 px text stays at 12 px, readable on a phone. A board with more notes than
    /// that shows is fitted around the notes' middle and panned by hand.
    /// </summary>
    public const double LeastLegibleZoom = 0.8;

    private const double FitMargin = 48;

    /// <summary>
    /// Every note on screen, and a tool canvas's zones (rule Z1), as far as they stay legible; a single note should not fill
    /// a projector.
    /// </summary>
    public static void ToNotes(BlazorDiagram diagram, CanvasLayout? canvas = null)
    {
        var areas = canvas?.Areas() ?? [];
        if (diagram.Nodes.Count == 0 && areas.Count == 0) return;
        diagram.UnselectAll(); // the diagram fits only the selection when there is one
        if (areas.Count == 0) diagram.ZoomToFit(FitMargin);
        else FitTo(diagram, Union(BoardTidying.BoundsOf(diagram.Nodes), areas, canvas!.HeadArea()));
        if (diagram.Zoom > 1) By(diagram, 1 / diagram.Zoom);
        else if (diagram.Zoom < LeastLegibleZoom) CentreOn(diagram, areas.Count == 0 ? BoardTidying.BoundsOf(diagram.Nodes) : null, LeastLegibleZoom);
    }

    private static DropBox Union(DropBox? notes, IEnumerable<ZoneArea> areas, ZoneArea? head) =>
        areas.Append(head).OfType<ZoneArea>().Select(a => new DropBox(a.X, a.Y, a.X + a.Width, a.Y + a.Height))
            .Aggregate(notes ?? new DropBox(0, 0, 0, 0), (all, box) => all.Union(box));

    private static void FitTo(BlazorDiagram diagram, DropBox bounds)
    {
        var (width, height) = (diagram.Container?.Width ?? 0, diagram.Container?.Height ?? 0);
        if (width <= 0 || height <= 0) return;
        var zoom = Math.Min((width - 2 * FitMargin) / (bounds.Right - bounds.Left), (height - 2 * FitMargin) / (bounds.Bottom - bounds.Top));
        zoom = Math.Clamp(zoom, diagram.Options.Zoom.Minimum, diagram.Options.Zoom.Maximum);
        diagram.SetZoom(zoom);
        diagram.SetPan(width / 2 - (bounds.Left + bounds.Right) / 2 * zoom, height / 2 - (bounds.Top + bounds.Bottom) / 2 * zoom);
    }

    /// <summary>Pans, keeping the zoom, so that a note at (<paramref name="x"/>, <paramref name="y"/>) is wholly on screen.</summary>
    public static void Show(BlazorDiagram diagram, double x, double y)
    {
        var (width, height, zoom) = (diagram.Container?.Width ?? 0, diagram.Container?.Height ?? 0, diagram.Zoom);
        if (width <= 0 || height <= 0) return;
        var (left, top) = (x * zoom + diagram.Pan.X, y * zoom + diagram.Pan.Y);
        var (right, bottom) = (left + NotePlacement.NoteWidth * zoom, top + NotePlacement.NoteHeight * zoom);
        if (left >= 0 && top >= 0 && right <= width && bottom <= height) return;
        diagram.SetPan(width / 2 - (x + NotePlacement.NoteWidth / 2) * zoom, height / 2 - (y + NotePlacement.NoteHeight / 2) * zoom);
    }

    /// <summary>At <paramref name="zoom"/>, the middle of these bounds (the notes', or when none, what is on screen) in the middle.</summary>
    private static void CentreOn(BlazorDiagram diagram, DropBox? bounds, double zoom)
    {
        var (width, height) = (diagram.Container?.Width ?? 0, diagram.Container?.Height ?? 0);
        var (middleX, middleY) = bounds is { } b ? ((b.Left + b.Right) / 2, (b.Top + b.Bottom) / 2)
            : ((width / 2 - diagram.Pan.X) / diagram.Zoom, (height / 2 - diagram.Pan.Y) / diagram.Zoom);
        diagram.SetZoom(zoom);
        diagram.SetPan(width / 2 - middleX * zoom, height / 2 - middleY * zoom);
    }
}
