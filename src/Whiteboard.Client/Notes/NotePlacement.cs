namespace Whiteboard.Client.Notes;

/// <summary>Where a new note goes: centred on the visible middle of the board, stepped aside from notes already there.</summary>
public static class NotePlacement
{
    public const double NoteWidth = 160;
    public const double NoteHeight = 120;
    /// <summary>How far a note steps aside (down and right) so that consecutive notes never hide each other.</summary>
    public const double Step = 28;
    private const int MaxSteps = 40;

    public static (double X, double Y) Near(double centreX, double centreY, IReadOnlyCollection<(double X, double Y)> taken)
    {
        var x = Math.Round(centreX - NoteWidth / 2);
        var y = Math.Round(centreY - NoteHeight / 2);
        for (var i = 0; i < MaxSteps && taken.Any(t => Math.Abs(t.X - x) < Step / 2 && Math.Abs(t.Y - y) < Step / 2); i++)
        {
            x += Step;
            y += Step;
        }
        return (x, y);
    }
}
