using System.Xml.Linq;
using Whiteboard.Core.Insights;

namespace Whiteboard.Core.Tests;

/// <summary>A group's participation as an SVG chart drawn by our own code; every text escaped.</summary>
public class InsightChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartLabels Labels = new("每人便签数", "匿名", "各阶段分钟", "最活跃的三分之一写了 {0}% 的便签", "第 1 组", "暂无数据");

    private const string PersonBar = "#3b6fd8", AnonymousBar = "#9aa3ad", StageBar = "#2e9d6a";

    private static GroupInsight Insight(BoardState board) => ParticipationInsight.Of([board], BoardLanguage.ZhCn).Groups[0];

    private static int Bars(string svg, string colour) =>
        XElement.Parse(svg).Descendants(Svg + "rect").Count(r => (string?)r.Attribute("fill") == colour);

    private static List<string> Texts(string svg) => [.. XElement.Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];

    [Fact]
    public void Chart_has_one_bar_per_person_one_for_the_anonymous_notes_and_one_per_finished_stage()
    {
        var c = new CaseBoard();

        var svg = InsightCharts.Svg(Insight(c.Board.State), Labels);

        Assert.Equal(3, Bars(svg, PersonBar));
        Assert.Equal(1, Bars(svg, AnonymousBar));
        Assert.Equal(5, Bars(svg, StageBar));
        var texts = Texts(svg);
        Assert.Equal(["第 1 组 · 每人便签数", "Bob", "1", "王芳", "1", "陈静", "1", "匿名", "8"], texts.Take(9));
        Assert.Contains("最活跃的三分之一写了 33% 的便签", texts);
    }

    [Fact]
    public void Chart_without_anonymous_notes_has_no_anonymous_bar()
    {
        var board = WithParticipants();
        board.AddNote(Alice, "会议太多");

        var svg = InsightCharts.Svg(Insight(board.State), Labels);

        Assert.Equal(2, Bars(svg, PersonBar)); // 王芳 and Bob (who wrote nothing: a bar of one pixel)
        Assert.Equal(0, Bars(svg, AnonymousBar));
        Assert.Contains("暂无数据", Texts(svg)); // no stage has finished
    }

    [Fact]
    public void Names_in_the_chart_are_escaped()
    {
        var board = Created();
        board.Join(Alice, "<b>A</b>&'x'\"y\""); // 15 characters: a label shows 18 columns
        board.AddNote(Alice, "会议太多");

        var svg = InsightCharts.Svg(Insight(board.State), Labels with { Group = "<i>组</i>" });

        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", svg, StringComparison.Ordinal);
        Assert.Contains(">&lt;b&gt;A&lt;/b&gt;&amp;&#39;x&#39;&quot;y&quot;<", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;组&lt;/i&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("<b>A</b>&'x'\"y\"", Texts(svg));
    }

    [Theory]
    [InlineData("王芳")]
    [InlineData("Zoë 😀")]
    public void Chart_of_every_name_the_rules_accept_is_well_formed_XML(string name)
    {
        var board = Created();
        board.Join(Alice, name);
        board.AddNote(Alice, "会议太多");

        var svg = InsightCharts.Svg(Insight(board.State), Labels);

        Assert.Null(Record.Exception(() => XElement.Parse(svg)));
    }

    [Fact]
    public void Chart_of_a_group_nobody_joined_says_there_is_no_data()
    {
        var svg = InsightCharts.Svg(Insight(Created().State), Labels);

        Assert.Equal(0, Bars(svg, PersonBar) + Bars(svg, AnonymousBar) + Bars(svg, StageBar));
        Assert.Equal(["第 1 组 · 每人便签数", "暂无数据", "各阶段分钟", "暂无数据"], Texts(svg));
    }
}
