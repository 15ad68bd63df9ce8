using System.Xml.Linq;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Reports;

namespace Whiteboard.Core.Tests;

/// <summary>A stage of a board drawn as SVG, as the group arranged it, from what the room could see (H1, H3).</summary>
public class BoardPictureTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Names = ["李老师", "王芳", "Bob", "陈静", "旁听"];

    private static XElement Parse(string svg) => XElement.Parse(svg);

    /// <summary>The texts drawn, in order.</summary>
    private static List<string> Texts(string svg) => [.. Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];

    /// <summary>The notes' rectangles (the background and the cluster frames have no outline colour of a note).</summary>
    private static int NoteRects(string svg) => Parse(svg).Descendants(Svg + "rect").Count(r => (string?)r.Attribute("stroke") == "#00000022");

    private static int ClusterFrames(string svg) => Parse(svg).Descendants(Svg + "rect").Count(r => r.Attribute("stroke-dasharray") is not null);

    [Fact]
    public void Picture_draws_the_stages_revealed_notes_and_its_clusters_with_their_titles()
    {
        var c = new CaseBoard();

        var svg = BoardPicture.Svg(c.Board.State, StageIds.Problem);

        Assert.Equal(4, NoteRects(svg));
        Assert.Equal(1, ClusterFrames(svg));
        Assert.Equal(["会议", "会议太多", "审批流程长", "没人负责", "文档太少"], Texts(svg)); // the cluster's title first, then notes as added
        Assert.DoesNotContain(CaseBoard.Secret, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_frame_surrounds_its_notes()
    {
        var c = new CaseBoard(); // 会议太多 at (0, 0) and 文档太少 at (200, 0), 160 × 120 each

        var frame = Parse(BoardPicture.Svg(c.Board.State, StageIds.Problem)).Descendants(Svg + "rect").Single(r => r.Attribute("stroke-dasharray") is not null);

        Assert.Equal(("-14", "-14", "388", "148"),
            ((string)frame.Attribute("x")!, (string)frame.Attribute("y")!, (string)frame.Attribute("width")!, (string)frame.Attribute("height")!));
    }

    [Fact]
    public void Anonymous_notes_are_drawn_without_names()
    {
        // Rule H3: the problem and reflection stages are anonymous; no participant's name is anywhere in their pictures
        var c = new CaseBoard(facilitatorSeesAuthors: true);

        foreach (var stage in new[] { StageIds.Problem, StageIds.Reflection })
        {
            var svg = BoardPicture.Svg(c.Board.State, stage);
            foreach (var name in Names) Assert.DoesNotContain(name, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Stage_without_visible_notes_is_a_small_empty_picture()
    {
        // Rule H1: a stage of private notes nobody revealed looks empty
        var board = ActionLearningAt(StageIds.Problem);
        board.AddNote(Alice, "我担心领导不听意见");

        var empty = """<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80"></svg>""";
        Assert.Equal(empty, BoardPicture.Svg(board.State, StageIds.Problem));
        Assert.Equal(empty, BoardPicture.Svg(board.State, StageIds.Plan));
        Assert.Equal(empty, BoardPicture.Svg(board.State, "no-such-stage"));
    }

    [Fact]
    public void Markup_in_notes_and_cluster_titles_is_escaped()
    {
        // A note's text appears only escaped: never as markup of the picture (or of the report page it is put in)
        var board = WithParticipants();
        var script = board.AddNote(Alice, "<script>x</script>");
        var quotes = board.AddNote(Bob, """</svg>"a" & 'b'""");
        board.Accept(new CreateCluster(Guid.NewGuid(), [script, quotes], "<b>&amp;</b>"), Bob);

        var svg = BoardPicture.Svg(board.State, Brainstorm);

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Single(Parse(svg).DescendantsAndSelf(Svg + "svg")); // still one picture
        Assert.Contains(">&lt;script&gt;x&lt;/script&gt;<", svg, StringComparison.Ordinal);
        Assert.Contains(">&lt;/svg&gt;&quot;a&quot; &amp; &#39;b&#39;<", svg, StringComparison.Ordinal);
        Assert.Contains(">&lt;b&gt;&amp;amp;&lt;/b&gt;<", svg, StringComparison.Ordinal);
        Assert.Equal(["<b>&amp;</b>", "<script>x</script>", """</svg>"a" & 'b'"""], Texts(svg));
    }

    [Theory]
    [InlineData("会议太多")]
    [InlineData("tab\tand\nnew line")]
    [InlineData("😀👍🏽🏳️‍🌈")]
    [InlineData("\U0010FFFF and \uFDD0")] // noncharacters XML allows
    public void Picture_of_every_note_the_rules_accept_is_well_formed_XML(string text)
    {
        // BoardPicture: "every text is escaped" — an SVG that does not parse is no picture at all (browsers show an error)
        var board = WithParticipants();
        board.AddNote(Alice, "会议" + text + "太多");

        var svg = BoardPicture.Svg(board.State, Brainstorm);

        var error = Record.Exception(() => Parse(svg));
        Assert.Null(error);
    }

    [Fact]
    public void Long_note_is_wrapped_into_at_most_five_lines_ending_in_an_ellipsis()
    {
        var board = WithParticipants();
        board.AddNote(Alice, new string('字', 100));

        var lines = Texts(BoardPicture.Svg(board.State, Brainstorm));

        Assert.Equal(5, lines.Count);
        Assert.All(lines.Take(4), l => Assert.Equal(new string('字', 9), l));
        Assert.Equal(new string('字', 9) + "…", lines[4]);
    }

    [Fact]
    public void Notes_are_drawn_where_they_were_put()
    {
        var board = WithParticipants();
        board.AddNote(Alice, "左上", x: -500, y: -300);
        board.AddNote(Bob, "右下", x: 700, y: 450, color: NoteColor.Pink);

        var root = Parse(BoardPicture.Svg(board.State, Brainstorm));
        var notes = root.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("stroke") == "#00000022").ToList();

        Assert.Equal([("-500", "-300", "#fff3a3"), ("700", "450", "#ffd3e0")],
            notes.Select(r => ((string)r.Attribute("x")!, (string)r.Attribute("y")!, (string)r.Attribute("fill")!)));
        Assert.Equal("-554 -378 1468 1002", (string)root.Attribute("viewBox")!); // every note inside, with a margin
    }
}
