using System.Text.Json;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Tests;

/// <summary>Rules Z1–Z3: a step's canvas is divided into labelled zones, and a note belongs to the zone it lies in.</summary>
public class ZoneTests
{
    private static LocalizedText L(string zh, string en) => new(zh, en);

    private static readonly CanvasLayout Orid = new(CanvasLayoutKind.Columns,
    [
        new Zone("objective", L("客观", "Objective")), new Zone("reflective", L("反映", "Reflective")),
        new Zone("interpretive", L("诠释", "Interpretive")), new Zone("decisional", L("决定", "Decisional")),
    ]);

    private static readonly CanvasLayout Fishbone = new(CanvasLayoutKind.Fishbone,
    [
        new Zone("policy", L("政策", "Policy")), new Zone("rules", L("制度", "Rules")), new Zone("people", L("人员", "People")),
        new Zone("process", L("流程", "Process")), new Zone("resources", L("资源", "Resources")), new Zone("setting", L("环境", "Setting")),
    ], Head: L("会议太多", "Too many meetings"));

    private static readonly CanvasLayout Matrix = new(CanvasLayoutKind.Matrix,
    [
        new Zone("big-bets", L("重大项目", "Big bets")), new Zone("quick-wins", L("速赢", "Quick wins")),
        new Zone("money-pits", L("费力不讨好", "Money pits")), new Zone("fill-ins", L("顺手做", "Fill-ins")),
    ], AcrossAxis: L("可行性", "Feasibility"), UpAxis: L("影响", "Impact"));

    /// <summary>The top-left corner that puts a note's centre at (x, y).</summary>
    private static (double X, double Y) Centred(double x, double y) => (x - NoteSize.Width / 2, y - NoteSize.Height / 2);

    [Theory]
    [InlineData(10, 10, "objective")]
    [InlineData(439, 1279, "objective")]
    [InlineData(440, 0, "reflective")]
    [InlineData(1000, 600, "interpretive")]
    [InlineData(1759, 5, "decisional")]
    [InlineData(1760, 5, null)] // right of the last column
    [InlineData(100, -1, null)] // above the columns
    [InlineData(-1, 100, null)]
    public void A_note_belongs_to_the_column_its_centre_lies_in(double x, double y, string? zone)
    {
        var (left, top) = Centred(x, y);
        Assert.Equal(zone, Orid.ZoneAt(left, top));
    }

    [Fact]
    public void A_fishbone_has_its_first_half_of_bones_above_the_spine_the_rest_below_and_the_head_to_the_right()
    {
        var areas = Fishbone.Areas();

        Assert.Equal(["policy", "rules", "people"], areas.Where(a => a.Y == 0).Select(a => a.ZoneId));
        Assert.Equal(["process", "resources", "setting"], areas.Where(a => a.Y == CanvasLayout.ZoneHeight).Select(a => a.ZoneId));
        Assert.Equal("resources", Fishbone.ZoneAt(Centred(CanvasLayout.ZoneWidth * 1.5, CanvasLayout.ZoneHeight * 1.5).X,
            Centred(CanvasLayout.ZoneWidth * 1.5, CanvasLayout.ZoneHeight * 1.5).Y));
        var head = Fishbone.HeadArea()!;
        Assert.Equal(3 * CanvasLayout.ZoneWidth, head.X);
        Assert.Null(Fishbone.ZoneAt(head.X + 10, head.Y + 10)); // the head is the problem, not a cause
    }

    [Fact]
    public void A_fishbone_with_an_odd_number_of_bones_puts_the_extra_one_above()
    {
        var five = Fishbone with { Zones = Fishbone.Zones.Take(5).ToList() };

        Assert.Equal(3, five.Areas().Count(a => a.Y == 0));
        Assert.Equal(2, five.Areas().Count(a => a.Y > 0));
    }

    [Theory]
    [InlineData(100, 100, "big-bets")]
    [InlineData(500, 100, "quick-wins")]
    [InlineData(100, 700, "money-pits")]
    [InlineData(879, 1279, "fill-ins")]
    [InlineData(881, 100, null)]
    public void A_matrix_places_a_note_in_the_quadrant_its_centre_lies_in(double x, double y, string? zone)
    {
        var (left, top) = Centred(x, y);
        Assert.Equal(zone, Matrix.ZoneAt(left, top));
    }

    [Fact]
    public void A_free_canvas_has_no_zones()
    {
        Assert.Empty(CanvasLayout.Free.Areas());
        Assert.Null(CanvasLayout.Free.ZoneAt(0, 0));
        Assert.True(CanvasLayout.Free.IsValid);
    }

    public static TheoryData<CanvasLayout> Invalid => new(
        CanvasLayout.Free with { Zones = [new Zone("a", L("甲", "A"))] },
        Orid with { Zones = [] },
        Orid with { Zones = [.. Enumerable.Range(0, 13).Select(i => new Zone($"z{i}", L("区", "zone")))] },
        Orid with { Zones = [new Zone("same", L("甲", "A")), new Zone("same", L("乙", "B"))] },
        Orid with { Zones = [new Zone(" ", L("甲", "A"))] },
        Fishbone with { Head = null },
        Matrix with { Zones = Matrix.Zones.Take(3).ToList() },
        Matrix with { UpAxis = null });

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_layout_a_flow_may_not_carry_is_invalid(CanvasLayout layout) => Assert.False(layout.IsValid);

    [Fact]
    public void The_library_layouts_are_valid()
    {
        Assert.True(Orid.IsValid);
        Assert.True(Fishbone.IsValid);
        Assert.True(Matrix.IsValid);
    }

    [Fact]
    public void A_note_moves_between_zones_by_where_it_is_placed_and_a_stage_without_a_layout_has_none()
    {
        var board = WithSteps(new StageDefinition("orid", StageKind.Reflection, L("焦点讨论", "ORID"), L("", ""), StageSettings.Open,
            StageCapabilities.Notes, Orid));
        var note = board.AddNote(Alice, "会上发言的人少", x: 20, y: 40);
        Assert.Equal("objective", board.State.ZoneOf(board.Note(note)));

        board.Accept(new MoveNote(note, 2 * CanvasLayout.ZoneWidth + 40, 40), Bob);
        Assert.Equal("interpretive", board.State.ZoneOf(board.Note(note)));

        var free = WithSteps(new StageDefinition("free", StageKind.Brainstorm, L("自由", "Free"), L("", ""), StageSettings.Open));
        Assert.Null(free.State.ZoneOf(free.Note(free.AddNote(Alice, x: 20, y: 40))));
    }

    [Fact]
    public void A_steps_layout_survives_the_wire_and_a_stage_stored_without_one_reads_back_free()
    {
        var board = WithSteps(new StageDefinition("fish", StageKind.Problem, L("鱼骨图", "Fishbone"), L("", ""), StageSettings.Open,
            Layout: Fishbone));
        var json = SnapshotJson(board.State);

        var stage = Assert.Single(JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!.ToState().Stages);
        Assert.Equal(Fishbone.Zones, stage.Canvas.Zones);
        Assert.Equal(Fishbone.Head, stage.Canvas.Head);

        var before = Assert.Single(JsonSerializer.Deserialize<BoardSnapshot>(SnapshotJson(WithSteps(
            new StageDefinition("old", StageKind.Problem, L("旧", "old"), L("", ""), StageSettings.Open)).State), WireJson.Options)!.ToState().Stages);
        Assert.Null(before.Layout);
        Assert.Equal(CanvasLayoutKind.Free, before.Canvas.Kind);
    }
}
