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
    public static string Svg(GroupInsight group, ChartLabels labels)
    {
        var people = group.People.Select(p => (p.Name, Value: (double)p.Notes, Colour: "#3b6fd8")).ToList();
        if (group.AnonymousNotes > 0) people.Add((labels.Anonymous, group.AnonymousNotes, "#9aa3ad"));
        var stages = group.Stages.Where(s => s.Duration is not null).Select(s => (Name: s.Title, Value: s.Duration!.Value.TotalMinutes, Colour: "#2e9d6a")).ToList();
        var height = 40 + (Math.Max(people.Count, 1) * SvgBars.Row) + 50 + (Math.Max(stages.Count, 1) * SvgBars.Row) + 60;
        var svg = SvgBars.Open(height);
        var y = 24.0;
        y = SvgBars.Draw(svg, $"{labels.Group} · {labels.NotesPerPerson}", people, y, labels.NoData, v => v.ToString("0", CultureInfo.InvariantCulture));
        y = SvgBars.Draw(svg, labels.StageMinutes, stages, y + 26, labels.NoData, v => v.ToString("0", CultureInfo.InvariantCulture));
        if (group.TopThirdShare is { } share)
            svg.Append($"""<text x="0" y="{SvgText.N(y + 30)}" font-size="14" fill="#333">{SvgText.Escape(string.Format(CultureInfo.InvariantCulture, labels.TopThird, Math.Round(share * 100)))}</text>""");
        return svg.Append("</svg>").ToString();
    }
}
