namespace Whiteboard.Client.Boards;

/// <summary>Zoom buttons: tablets get no pinch zoom from the diagram, and a projector needs big steps.</summary>
public partial class BoardCanvas
{
    private void ZoomBy(double factor)
    {
        var oldZoom = _diagram.Zoom;
        var zoom = Math.Clamp(oldZoom * factor, _diagram.Options.Zoom.Minimum, _diagram.Options.Zoom.Maximum);
        // Keep the middle of the screen where it is.
        var middleX = (_diagram.Container?.Width ?? 0) / 2;
        var middleY = (_diagram.Container?.Height ?? 0) / 2;
        var pan = _diagram.Pan;
        _diagram.SetZoom(zoom);
        _diagram.SetPan(middleX - (middleX - pan.X) * zoom / oldZoom, middleY - (middleY - pan.Y) * zoom / oldZoom);
    }

    private void ZoomToNotes()
    {
        if (_nodes.Count == 0) return;
        _diagram.UnselectAll(); // the diagram fits only the selection when there is one
        _diagram.ZoomToFit(48);
        if (_diagram.Zoom > 1) ZoomBy(1 / _diagram.Zoom); // a single note should not fill a projector
    }
}
