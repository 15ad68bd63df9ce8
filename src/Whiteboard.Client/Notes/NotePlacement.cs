namespace Whiteboard.Client.Notes;

/// <summary>
/// Where a new note goes: in the middle of what is on screen if that spot is free, else in the nearest free spot of a
/// grid around it, so that a new note never hides another one.
/// </summary>
public static class NotePlacement
{
    public const double NoteWidth = Whiteboard.Core.Zones.NoteSize.Width;
    public const double NoteHeight = Whiteboard.Core.Zones.NoteSize.Height;
    public const double Gap = 16;
    private const int Rings = 4;

    /// <summary>Private rows this far apart leave room for a cluster's title between them.</summary>
    public const double RoomyRowSpacing = 1.5 * (NoteHeight + Gap);

    /// <summary>
    /// How far apart the private rows (one above the middle, one on it, one below) are on a screen this tall (in board
    /// units): roomy where the three fit, closer where they would not (a laptop's short canvas), never overlapping.
    /// </summary>
    public static double RowSpacing(double visibleHeight) =>
        Math.Clamp((visibleHeight - NoteHeight) / 2 - Gap, NoteHeight + Gap, RoomyRowSpacing);

    public static (double X, double Y) Near(double centreX, double centreY, IReadOnlyCollection<(double X, double Y)> taken)
    {
        var left = Math.Round(centreX - NoteWidth / 2);
        var top = Math.Round(centreY - NoteHeight / 2);
        foreach (var (column, row) in SpotsByDistance())
        {
            var (x, y) = (left + column * (NoteWidth + Gap), top + row * (NoteHeight + Gap));
            if (!taken.Any(t => Math.Abs(t.X - x) < NoteWidth && Math.Abs(t.Y - y) < NoteHeight)) return (x, y);
        }
        // Crowded all around: step aside from the middle so that at least the notes do not stack exactly.
        return (left + Gap * (taken.Count % 8 + 1), top + Gap * (taken.Count % 8 + 1));
    }

    /// <summary>
    /// The nearest free spot in one row (middle first, then right, left, further right…): during private writing each
    /// person fills a row of their own, since nobody can see where the others' notes are.
    /// </summary>
    public static (double X, double Y) InRow(double centreX, double centreY, IReadOnlyCollection<(double X, double Y)> taken)
    {
        var left = Math.Round(centreX - NoteWidth / 2);
        var top = Math.Round(centreY - NoteHeight / 2);
        foreach (var column in Enumerable.Range(0, 2 * Rings + 1).Select(i => i % 2 == 1 ? (i + 1) / 2 : -i / 2))
        {
            var x = left + column * (NoteWidth + Gap);
            if (!taken.Any(t => Math.Abs(t.X - x) < NoteWidth && Math.Abs(t.Y - top) < NoteHeight)) return (x, top);
        }
        return Near(centreX, centreY, taken);
    }

    /// <summary>Room above a zone's notes for its label.</summary>
    public const double ZoneLabelRoom = 56;

    /// <summary>
    /// The first free spot inside a zone (rule Z2: a note belongs to the zone its centre lies in), row by row below its
    /// label; a full zone gets the nearest free spot to its top, which may lie outside it.
    /// </summary>
    public static (double X, double Y) InArea(Whiteboard.Core.Zones.ZoneArea area, IReadOnlyCollection<(double X, double Y)> taken)
    {
        var columns = Math.Max(1, (int)((area.Width - Gap) / (NoteWidth + Gap)));
        var left = Math.Round(area.X + (area.Width - columns * (NoteWidth + Gap) + Gap) / 2);
        for (var top = area.Y + ZoneLabelRoom; top + NoteHeight / 2 < area.Y + area.Height; top += NoteHeight + Gap)
            for (var column = 0; column < columns; column++)
            {
                var x = left + column * (NoteWidth + Gap);
                if (!taken.Any(t => Math.Abs(t.X - x) < NoteWidth && Math.Abs(t.Y - top) < NoteHeight)) return (x, top);
            }
        return Near(area.X + area.Width / 2, area.Y + ZoneLabelRoom + NoteHeight / 2, taken);
    }

    private static IEnumerable<(int Column, int Row)> SpotsByDistance() =>
        from column in Enumerable.Range(-Rings, 2 * Rings + 1)
        from row in Enumerable.Range(-Rings, 2 * Rings + 1)
        orderby column * column + row * row, Clockwise(column, row)
        select (column, row);

    /// <summary>Right first, then below, left, above: the way a row of notes grows on a wall.</summary>
    private static double Clockwise(int column, int row) => (Math.Atan2(row, column) + 2 * Math.PI) % (2 * Math.PI);
}
