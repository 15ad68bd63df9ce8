using System.Globalization;
using Whiteboard.Core.Insights;

namespace Whiteboard.Core.Programme;

/// <summary>
/// The programme's numbers as an SVG picture drawn like the insight charts (<see cref="SvgBars"/>): workshops and trainees by
/// month, and the completion rate by unit.
/// </summary>
public static class ProgrammeCharts
{
    public static string Svg(ProgrammeNumbers numbers, ProgrammeChartLabels labels)
    {
        static string Month(MonthRow m) => $"{m.Year:D4}-{m.Month:D2}";
        var workshops = numbers.Months.Select(m => (Month(m), (double)m.Workshops, "#3b6fd8")).ToList();
        var trainees = numbers.Months.Select(m => (Month(m), (double)m.Trainees, "#2e9d6a")).ToList();
        var units = numbers.ByUnit.Where(u => u.Rate is not null).Select(u => (u.Name ?? labels.NoUnit, u.Rate!.Value * 100, "#d8863b")).ToList();
        var height = 24 + SvgBars.Height(workshops.Count) + 26 + SvgBars.Height(trainees.Count) + 26 + SvgBars.Height(units.Count) + 20;
        var svg = SvgBars.Open(height);
        var whole = (Func<double, string>)(v => v.ToString("0", CultureInfo.InvariantCulture));
        var y = SvgBars.Draw(svg, labels.WorkshopsByMonth, workshops, 24, labels.NoData, whole);
        y = SvgBars.Draw(svg, labels.TraineesByMonth, trainees, y + 26, labels.NoData, whole);
        SvgBars.Draw(svg, labels.CompletionByUnit, units, y + 26, labels.NoData, v => whole(v) + "%");
        return svg.Append("</svg>").ToString();
    }
}
