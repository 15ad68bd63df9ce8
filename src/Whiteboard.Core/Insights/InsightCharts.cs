using System.Globalization;
using System.Text;
using Whiteboard.Core.Reports;

namespace Whiteboard.Core.Insights;

/// <summary>
/// A group's participation as an SVG picture drawn by our own code: notes per person (anonymous ones as one grey bar),
/// minutes per stage, and how much of the talking the most active third did. Every text is escaped.
/// </summary>
public static class InsightCharts
{
    private const int Width = 640, Row = 26, LabelWidth = 150, BarWidth = 400;

    public static string Svg(GroupInsight group, ChartLabels labels)
    {
        var people = group.People.Select(p => (p.Name, Value: (double)p.Notes, Colour: "#3b6fd8")).ToList();
        if (group.AnonymousNotes > 0) people.Add((labels.Anonymous, group.AnonymousNotes, "#9aa3ad"));
        var stages = group.Stages.Where(s => s.Duration is not null).Select(s => (Name: s.Title, Value: s.Duration!.Value.TotalMinutes, Colour: "#2e9d6a")).ToList();
        var height = 40 + (Math.Max(people.Count, 1) * Row) + 50 + (Math.Max(stages.Count, 1) * Row) + 60;
        var svg = new StringBuilder($"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" font-size="13">""");
        var y = 24.0;
        y = Bars(svg, $"{labels.Group} · {labels.NotesPerPerson}", people, y, labels.NoData, v => v.ToString("0", CultureInfo.InvariantCulture));
        y = Bars(svg, labels.StageMinutes, stages, y + 26, labels.NoData, v => v.ToString("0", CultureInfo.InvariantCulture));
        if (group.TopThirdShare is { } share)
            svg.Append($"""<text x="0" y="{SvgText.N(y + 30)}" font-size="14" fill="#333">{SvgText.Escape(string.Format(CultureInfo.InvariantCulture, labels.TopThird, Math.Round(share * 100)))}</text>""");
        return svg.Append("</svg>").ToString();
    }

    private static double Bars(StringBuilder svg, string title, IReadOnlyList<(string Name, double Value, string Colour)> rows, double y, string noData, Func<double, string> format)
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
            svg.Append($"""<text x="{SvgText.N(LabelWidth + width + 6)}" y="{SvgText.N(y + 17)}" fill="#333">{format(value)}</text>""");
            y += Row;
        }
        return y;
    }
}
