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
    public void Consecutive_Notes_Step_Aside_Instead_Of_Stacking()
    {
        var first = NotePlacement.Near(500, 300, []);
        var second = NotePlacement.Near(500, 300, [first]);
        var third = NotePlacement.Near(500, 300, [first, second]);

        Assert.NotEqual(first, second);
        Assert.NotEqual(second, third);
        Assert.Equal(first.X + NotePlacement.Step, second.X);
    }
}
