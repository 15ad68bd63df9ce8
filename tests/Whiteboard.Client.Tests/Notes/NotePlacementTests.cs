using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Tests.Notes;

public class NotePlacementTests
{
    [Fact]
    public void A_new_note_is_centred_on_the_visible_middle()
    {
        var (x, y) = NotePlacement.Near(500, 300, []);

        Assert.Equal((420d, 240d), (x, y));
    }

    [Fact]
    public void Consecutive_notes_go_beside_each_other_without_overlapping()
    {
        var placed = new List<(double X, double Y)>();
        for (var i = 0; i < 12; i++) placed.Add(NotePlacement.Near(500, 300, placed));

        foreach (var a in placed)
            foreach (var b in placed.Where(b => b != a))
                Assert.False(Math.Abs(a.X - b.X) < NotePlacement.NoteWidth && Math.Abs(a.Y - b.Y) < NotePlacement.NoteHeight);
        Assert.Equal((420d + NotePlacement.NoteWidth + NotePlacement.Gap, 240d), placed[1]); // the next one to the right
    }

    [Fact]
    public void A_note_already_in_the_middle_moves_the_new_one_aside()
    {
        var (x, y) = NotePlacement.Near(500, 300, [(430, 250)]);

        Assert.True(Math.Abs(x - 430) >= NotePlacement.NoteWidth || Math.Abs(y - 250) >= NotePlacement.NoteHeight);
    }

    [Theory]
    [InlineData(505)] // a 1280×800 laptop during private writing: the canvas below the bars
    [InlineData(700)]
    [InlineData(1200)]
    public void Private_rows_above_and_below_the_middle_stay_on_screen_where_three_rows_fit(double visibleHeight)
    {
        // Found by the end-to-end test: on a laptop the row above the middle started above the canvas's top edge
        var spacing = NotePlacement.RowSpacing(visibleHeight);
        var middleTop = visibleHeight / 2 - NotePlacement.NoteHeight / 2;

        Assert.InRange(middleTop - spacing, 0, visibleHeight);
        Assert.InRange(middleTop + spacing + NotePlacement.NoteHeight, 0, visibleHeight);
        Assert.True(spacing >= NotePlacement.NoteHeight + NotePlacement.Gap); // rows never overlap
        Assert.True(spacing <= NotePlacement.RoomyRowSpacing);
    }

    [Fact]
    public void Private_rows_never_overlap_on_a_screen_too_short_for_three()
    {
        Assert.Equal(NotePlacement.NoteHeight + NotePlacement.Gap, NotePlacement.RowSpacing(200));
    }
}
