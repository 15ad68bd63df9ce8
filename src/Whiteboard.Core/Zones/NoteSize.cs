namespace Whiteboard.Core.Zones;

/// <summary>A sticky note's size on the canvas, as every screen and the board pictures draw it (rule N3's whole pixels).</summary>
public static class NoteSize
{
    public const double Width = 160, Height = 120;
}
