using System.Globalization;
using Whiteboard.Core.Reports;

namespace Whiteboard.Server.Reports;

/// <summary>
/// Rule R5: a rating step's ranked results as a table of plain text — rank, item, weighted mean, spread, standard
/// deviation, raters, then each criterion's mean — which the Markdown and HTML reports escape each in their own way.
/// </summary>
public static class RatingTable
{
    public static IReadOnlyList<string> Header(RatingReport rating, ReportWords t) =>
        [t["Rank"], t["RatedOption"], t["WeightedMean"], t["Spread"], t["StandardDeviation"], t["Raters"],
            .. rating.Criteria.Select(c => t["CriterionWeight", c.Name.In(t.Language), c.Weight])];

    public static IEnumerable<IReadOnlyList<string>> Rows(RatingReport rating, ReportWords t) =>
        rating.Items.Select((item, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            item.IsCluster ? t["ClusterOf", t.ClusterTitle(item.Text)] : item.Text,
            Number(item.WeightedMean), $"{Number(item.Lowest)}–{Number(item.Highest)}", Number(item.StandardDeviation),
            item.Raters.ToString(CultureInfo.InvariantCulture),
            .. rating.Criteria.Select(c => item.Criteria.FirstOrDefault(m => m.CriterionId == c.Id) is { } m ? Number(m.Mean) : "–"),
        ]);

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
