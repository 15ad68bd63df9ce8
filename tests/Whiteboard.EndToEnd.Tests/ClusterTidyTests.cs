using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Clusters that tidy themselves: grouping by touch gathers the picked notes into a compact frame that covers no other
/// note, and the facilitator's "tidy up" lays the stage out with no frame over another — the same on every screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClusterTidyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_new_cluster_covers_nothing_and_tidying_up_leaves_every_screen_alike()
    {
        var session = await StartAfterClassAsync(fixture, "归类整理", withTablet: true);
        var tablet = session.Zhang!;
        await AdvanceAsync(session, "problem");
        await AdvanceAsync(session, "plan");
        var first = await AddNoteByTouchAsync(tablet, "第一张");
        var middle = await AddNoteByTouchAsync(tablet, "中间这张不选");
        var last = await AddNoteByTouchAsync(tablet, "第三张");
        var loose = await AddNoteAsync(session.Li, LiPlan);
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(4);

        // Picking the notes either side of another: the frame they make must not lie over the one left out.
        await tablet.GetByTestId("zoom-fit").TapAsync();
        await tablet.GetByTestId("select-mode").TapAsync();
        await NoteById(tablet, first).TapAsync();
        await NoteById(tablet, last).TapAsync();
        await tablet.GetByTestId("group-selected").TapAsync();
        foreach (var page in session.Everyone)
        {
            await Expect(page.GetByTestId("cluster")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=note][data-pending=true]")).ToHaveCountAsync(0);
        }
        await session.Facilitator.GetByTestId("zoom-fit").ClickAsync();
        var frame = (await session.Facilitator.GetByTestId("cluster").BoundingBoxAsync())!;
        foreach (var other in new[] { middle, loose })
        {
            var note = (await NoteById(session.Facilitator, other).BoundingBoxAsync())!;
            Assert.False(Overlap(frame, note), $"the new cluster {Describe(frame)} lies over a note left out {Describe(note)}");
        }
        await Screenshots.SaveAsync(session.Facilitator, "cluster-gathered");

        // Tidy up: clusters and loose notes in rows, none over another, the same positions on every screen.
        await session.Facilitator.GetByTestId("arrange-stage").ClickAsync();
        await Expect(session.Facilitator.Locator("[data-testid=note][data-pending=true]")).ToHaveCountAsync(0);
        await session.Facilitator.GetByTestId("zoom-fit").ClickAsync();
        var areas = new List<LocatorBoundingBoxResult> { (await session.Facilitator.GetByTestId("cluster").BoundingBoxAsync())! };
        foreach (var other in new[] { middle, loose })
            areas.Add((await NoteById(session.Facilitator, other).BoundingBoxAsync())!);
        for (var i = 0; i < areas.Count; i++)
            for (var j = i + 1; j < areas.Count; j++)
                Assert.False(Overlap(areas[i], areas[j]), $"after tidying {Describe(areas[i])} and {Describe(areas[j])} overlap");
        await Screenshots.SaveAsync(session.Facilitator, "cluster-arranged");
        foreach (var id in new[] { first, middle, last, loose })
        {
            var style = (await NodeOf(session.Facilitator, id).GetAttributeAsync("style"))!;
            foreach (var page in session.Trainees) await Expect(NodeOf(page, id)).ToHaveAttributeAsync("style", style);
        }
        foreach (var page in session.Everyone) await page.Context.CloseAsync();
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult box) => $"({box.X:0},{box.Y:0} {box.Width:0}×{box.Height:0})";
}
