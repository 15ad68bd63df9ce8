namespace Whiteboard.Client.Clusters;

/// <summary>A rectangle on the board, in board coordinates.</summary>
public readonly record struct DropBox(double Left, double Top, double Right, double Bottom)
{
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    public DropBox Union(DropBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public DropBox Grow(double by) => new(Left - by, Top - by, Right + by, Bottom + by);
}
