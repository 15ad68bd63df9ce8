namespace Whiteboard.Core.Zones;

/// <summary>Where a zone lies on the canvas, in canvas pixels: every screen draws it there and the core places notes by it.</summary>
public sealed record ZoneArea(string ZoneId, double X, double Y, double Width, double Height)
{
    public bool Contains(double x, double y) => x >= X && x < X + Width && y >= Y && y < Y + Height;
}
