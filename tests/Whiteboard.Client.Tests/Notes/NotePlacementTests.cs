using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Tests.Notes;

public class NotePlacementTests
{
    [Fact]
    public void A_New_Note_Is_Centred_On_The_Visible_Middle()
    {
        var (x, y) = NotePlacement.Near(500, 300, []);

        Assert.Equal((420d, 240d), (x, y));
    }

    [Fact]
    public void Consecutive_Notes_Go_Beside_Each_Other_Without_Overlapping()
    {
        var placed = new List<(double X, double Y)>();
        for (var i = 0; i < 12; i++) placed.Add(NotePlacement.Near(500, 300, placed));

        foreach (var a in placed)
            foreach (var b in placed.Where(b => b != a))
                Assert.False(Math.Abs(a.X - b.X) < NotePlacement.NoteWidth && Math.Abs(a.Y - b.Y) < NotePlacement.NoteHeight);
        Assert.Equal((420d + NotePlacement.NoteWidth + NotePlacement.Gap, 240d), placed[1]); // the next one to the right
    }

    [Fact]
    public void A_Note_Already_In_The_Middle_Moves_The_New_One_Aside()
    {
        var (x, y) = NotePlacement.Near(500, 300, [(430, 250)]);

        Assert.True(Math.Abs(x - 430) >= NotePlacement.NoteWidth || Math.Abs(y - 250) >= NotePlacement.NoteHeight);
    }
}
