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

    /// <summary>Every note on screen; a single note should not fill a projector.</summary>
    public static void ToNotes(BlazorDiagram diagram)
    {
        if (diagram.Nodes.Count == 0) return;
        diagram.UnselectAll(); // the diagram fits only the selection when there is one
        diagram.ZoomToFit(48);
        if (diagram.Zoom > 1) By(diagram, 1 / diagram.Zoom);
    }
}
