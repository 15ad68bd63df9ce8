using System.Text;
using Whiteboard.Core.Reports;

namespace Whiteboard.Core.Insights;

/// <summary>
/// Labelled horizontal bars, the one way our charts draw a list of numbers (the insight charts, the programme numbers), so
/// every picture looks alike and escapes every text.
/// </summary>
public static class SvgBars
{
    public const int Width = 640, Row = 26;
    private const int LabelWidth = 150, BarWidth = 400;

    /// <summary>The opening tag of a chart of the given height, in the fonts that show Chinese.</summary>
    public static StringBuilder Open(double height) => new($"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{SvgText.N(height)}" viewBox="0 0 {Width} {SvgText.N(height)}" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" font-size="13">""");

    /// <summary>The height a block of <paramref name="rows"/> bars takes with its title (an empty block shows one line).</summary>
    public static double Height(int rows) => 10 + (Math.Max(rows, 1) * Row);

    /// <summary>Draws a titled block of bars from <paramref name="y"/>, scaled to the largest; returns where the next block may start.</summary>
    public static double Draw(StringBuilder svg, string title, IReadOnlyList<(string Name, double Value, string Colour)> rows, double y,
        string noData, Func<double, string> format)
    {
        svg.Append($"""<text x="0" y="{SvgText.N(y)}" font-size="15" font-weight="600" fill="#111">{SvgText.Escape(title)}</text>""");
        y += 10;
        if (rows.Count == 0)
        {
            svg.Append($"""<text x="0" y="{SvgText.N(y + 18)}" fill="#777">{SvgText.Escape(noData)}</text>""");
            return y + Row;
        }
        var max = Math.Max(1, rows.Max(r => r.Value));
        foreach (var (name, value, colour) in rows)
        {
            var width = BarWidth * value / max;
            svg.Append($"""<text x="0" y="{SvgText.N(y + 17)}" fill="#333">{SvgText.Escape(SvgText.Wrap(name, 18, 1)[0])}</text>""");
            svg.Append($"""<rect x="{LabelWidth}" y="{SvgText.N(y + 4)}" width="{SvgText.N(Math.Max(width, 1))}" height="16" rx="3" fill="{colour}"/>""");
            svg.Append($"""<text x="{SvgText.N(LabelWidth + width + 6)}" y="{SvgText.N(y + 17)}" fill="#333">{SvgText.Escape(format(value))}</text>""");
            y += Row;
        }
        return y;
    }
}
