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

    /// <summary>Every note on screen, as far as they stay legible; a single note should not fill a projector.</summary>
    public static void ToNotes(BlazorDiagram diagram)
    {
        if (diagram.Nodes.Count == 0) return;
        diagram.UnselectAll(); // the diagram fits only the selection when there is one
        diagram.ZoomToFit(48);
        if (diagram.Zoom > 1) By(diagram, 1 / diagram.Zoom);
        else if (diagram.Zoom < LeastLegibleZoom) CentreOnNotes(diagram, LeastLegibleZoom);
    }

    private static void CentreOnNotes(BlazorDiagram diagram, double zoom)
    {
        if (BoardTidying.BoundsOf(diagram.Nodes) is not { } notes) return;
        var (middleX, middleY) = ((notes.Left + notes.Right) / 2, (notes.Top + notes.Bottom) / 2);
        diagram.SetZoom(zoom);
        diagram.SetPan((diagram.Container?.Width ?? 0) / 2 - middleX * zoom, (diagram.Container?.Height ?? 0) / 2 - middleY * zoom);
    }
}
