using Whiteboard.Client.Notes;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Zones;

namespace Whiteboard.Client.Tests.Zones;

/// <summary>Rules Z1, Z2 on the board: a tool canvas's zones are drawn under the notes, and a new note goes into the zone tapped.</summary>
public class ZoneTests : ClientTestContext
{
    private static LocalizedText L(string zh, string en) => new(zh, en);

    private static readonly CanvasLayout Fishbone = new(CanvasLayoutKind.Fishbone,
    [
        new Zone("policy", L("政策", "Policy")), new Zone("rules", L("制度", "Rules")), new Zone("people", L("人员", "People")),
        new Zone("process", L("流程", "Process")), new Zone("resources", L("资源", "Resources")), new Zone("setting", L("环境", "Setting")),
    ], Head: L("基层问题没人跟进", "Nobody follows up"));

    private readonly TestBoard _board = new(openStage: "problem");

    public ZoneTests() => _board.SetStage("problem", s => s with { Layout = Fishbone, Settings = s.Settings with { PrivateWriting = false } });

    [Fact]
    public void A_fishbone_is_drawn_with_its_bones_and_the_problem_at_its_head()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("Fishbone", cut.Find("[data-testid=zone-layer]").GetAttribute("data-canvas"));
        Assert.Equal(["policy", "rules", "people", "process", "resources", "setting"],
            cut.FindAll("[data-testid=zone]").Select(z => z.GetAttribute("data-zone-id")));
        Assert.Equal("人员", cut.Find("[data-zone-id=people] .zone-label").TextContent);
        Assert.Equal("基层问题没人跟进", cut.Find("[data-testid=fish-head]").TextContent.Trim());
    }

    [Fact]
    public void A_new_note_goes_into_the_zone_tapped_in_the_editor()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=add-note]").Click();
        Assert.Equal("true", cut.Find("[data-testid=note-zone][data-zone-id=policy]").GetAttribute("aria-checked")); // the first, unless tapped

        cut.Find("[data-testid=note-zone][data-zone-id=resources]").Click();
        cut.Find("[data-testid=note-editor]").Input("经费只够两次下乡");
        cut.Find("[data-testid=save-note]").Click();

        var add = Assert.IsType<AddNote>(Assert.Single(_board.Submitted).Command);
        Assert.Equal("resources", Fishbone.ZoneAt(add.X, add.Y));
    }

    [Fact]
    public void Notes_fill_a_zone_row_by_row_below_its_label()
    {
        var area = Fishbone.Areas().First(a => a.ZoneId == "people");
        List<(double X, double Y)> taken = [];
        for (var i = 0; i < 8; i++)
        {
            var spot = NotePlacement.InArea(area, taken);
            Assert.Equal("people", Fishbone.ZoneAt(spot.X, spot.Y));
            Assert.True(spot.Y >= area.Y + NotePlacement.ZoneLabelRoom, "a note covers the zone's label");
            Assert.DoesNotContain(taken, t => Math.Abs(t.X - spot.X) < NotePlacement.NoteWidth && Math.Abs(t.Y - spot.Y) < NotePlacement.NoteHeight);
            taken.Add(spot);
        }
    }

    [Fact]
    public void The_facilitator_cannot_arrange_a_tool_canvas_into_a_grid_that_would_empty_its_zones()
    {
        _board.AddNote("经费少", x: 20, y: 80);
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.Empty(cut.FindAll("[data-testid=arrange-stage]"));
    }

    [Fact]
    public void A_free_canvas_draws_no_zones_and_asks_no_zone()
    {
        var free = new TestBoard(openStage: "plan");
        var (cut, _) = RenderBoard(free, free.Trainee);
        cut.Find("[data-testid=add-note]").Click();

        Assert.Empty(cut.FindAll("[data-testid=zone-layer]"));
        Assert.Empty(cut.FindAll("[data-testid=note-zones]"));
    }
}
