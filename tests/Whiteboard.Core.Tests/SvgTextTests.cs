using System.Globalization;
using Whiteboard.Core.Reports;

namespace Whiteboard.Core.Tests;

/// <summary>The text helpers of the pictures: lines wrapped by columns (a Chinese character is two), text escaped, numbers invariant.</summary>
public class SvgTextTests
{
    [Fact]
    public void Latin_text_breaks_after_the_width_in_columns()
    {
        Assert.Equal([new string('a', 18)], SvgText.Wrap(new string('a', 18), 18, 5));
        Assert.Equal([new string('a', 18), "a"], SvgText.Wrap(new string('a', 19), 18, 5));
    }

    [Fact]
    public void Chinese_character_counts_as_two_columns()
    {
        Assert.Equal(["一二三四五六七八九", "十"], SvgText.Wrap("一二三四五六七八九十", 18, 5));
        Assert.Equal(["ab中", "文"], SvgText.Wrap("ab中文", 4, 5));
        Assert.Equal(["a中", "文"], SvgText.Wrap("a中文", 4, 5)); // 中 would end in the fifth column
        Assert.Equal(["，。", "！"], SvgText.Wrap("，。！", 4, 5)); // full-width punctuation too
    }

    [Fact]
    public void Emoji_counts_as_two_columns_and_is_never_split()
    {
        // A text element (an emoji with its modifier, a flag sequence) stays whole
        Assert.Equal(["👍🏽👍🏽", "🏳️‍🌈"], SvgText.Wrap("👍🏽👍🏽🏳️‍🌈", 4, 5));
    }

    [Fact]
    public void Line_breaks_start_new_lines_and_empty_lines_are_kept()
    {
        Assert.Equal(["第一行", "", "第三行"], SvgText.Wrap("第一行\n\n第三行", 18, 5));
        Assert.Equal([""], SvgText.Wrap("", 18, 5));
    }

    [Fact]
    public void Text_longer_than_the_lines_ends_with_an_ellipsis_on_the_last_line()
    {
        Assert.Equal(["字字", "字字", "字字…"], SvgText.Wrap(new string('字', 30), 4, 3));
        Assert.Equal(["一", "二…"], SvgText.Wrap("一\n二\n三", 18, 2));
        Assert.Equal(["王芳王芳王芳王芳王…"], SvgText.Wrap("王芳王芳王芳王芳王芳王芳", 18, 1)); // a chart's one-line label
    }

    [Fact]
    public void Text_that_just_fits_has_no_ellipsis()
    {
        Assert.Equal(["字字", "字字", "字字"], SvgText.Wrap(new string('字', 6), 4, 3));
        Assert.Equal(["一", "二"], SvgText.Wrap("一\n二", 18, 2));
    }

    [Fact]
    public void Escape_leaves_no_markup()
    {
        Assert.Equal("&lt;script&gt;&amp;&quot;&#39;会议", SvgText.Escape("<script>&\"'会议"));
        Assert.Equal("&amp;amp;", SvgText.Escape("&amp;"));
    }

    [Fact]
    public void Numbers_are_written_invariantly_with_one_decimal_at_most()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // a decimal comma would break the SVG
            Assert.Equal("1234.6", SvgText.N(1234.56));
            Assert.Equal("-14", SvgText.N(-14));
            Assert.Equal("0.1", SvgText.N(0.05 + 0.05));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
