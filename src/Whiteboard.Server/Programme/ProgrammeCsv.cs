using System.Globalization;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Programme;

/// <summary>Each table of the programme's numbers, the facilitator records and the open actions as CSV (<see cref="CsvText"/>).</summary>
public static class ProgrammeCsv
{
    public static string Summary(ProgrammeNumbers n, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [t["Measure"], t["Value"]]);
        (string, string)[] rows =
        [
            (t["Workshops"], Whole(n.Workshops)), (t["Groups"], Whole(n.Groups)), (t["TraineesInRoom"], Whole(n.TraineesInRoom)),
            (t["TraineesRemote"], Whole(n.TraineesRemote)), (t["ClassHours"], n.Hours.ToString("0.0", CultureInfo.InvariantCulture)),
            (t["ActionsMade"], Whole(n.ActionsMade)), (t["ActionsDone"], Whole(n.ActionsDone)), (t["ActionsOverdue"], Whole(n.ActionsOverdue)),
            (t["ActionsBlocked"], Whole(n.ActionsBlocked)), (t["CompletionRate"], Percent(n.CompletionRate, t)),
            (t["CasesDrafted"], Whole(n.CasesDrafted)), (t["CasesPublished"], Whole(n.CasesPublished)),
        ];
        foreach (var (measure, value) in rows) CsvText.Row(csv, [measure, value]);
        return csv.ToString();
    }

    /// <summary>Completion by unit or by facilitator (rule PN5); <paramref name="nameless"/> names the row without a name.</summary>
    public static string Completion(IEnumerable<CompletionRow> rows, string heading, string nameless, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [heading, t["ActionsMade"], t["ActionsDone"], t["CompletionRate"]]);
        foreach (var r in rows) CsvText.Row(csv, [r.Name ?? nameless, Whole(r.Made), Whole(r.Done), Percent(r.Rate, t)]);
        return csv.ToString();
    }

    public static string Months(IEnumerable<MonthRow> months, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [t["Month"], t["Workshops"], t["Groups"], t["Trainees"], t["ClassHours"], t["ActionsMade"], t["ActionsDone"]]);
        foreach (var m in months)
            CsvText.Row(csv, [$"{m.Year:D4}-{m.Month:D2}", Whole(m.Workshops), Whole(m.Groups), Whole(m.Trainees),
                m.Hours.ToString("0.0", CultureInfo.InvariantCulture), Whole(m.ActionsMade), Whole(m.ActionsDone)]);
        return csv.ToString();
    }

    public static string Facilitators(IEnumerable<FacilitatorTally> records, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [t["FacilitatorColumn"], t["Unit"], t["Workshops"], t["Groups"], t["Trainees"], t["ActionsMade"], t["ActionsDone"],
            t["CompletionRate"], t["CasesPublished"], t["Revoked"]]);
        foreach (var f in records)
            CsvText.Row(csv, [f.Name, f.Unit, Whole(f.Workshops), Whole(f.Groups), Whole(f.Trainees), Whole(f.ActionsMade), Whole(f.ActionsDone),
                Percent(f.CompletionRate, t), Whole(f.CasesPublished), f.Revoked ? t["Revoked"] : ""]);
        return csv.ToString();
    }

    public static string OpenActions(IEnumerable<OpenActionItem> items, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [t["WorkshopColumn"], t["GroupColumn"], t["Owner"], t["Unit"], t["What"], t["Due"], t["Status"], t["Progress"],
            t["Overdue"], t["FollowUpLink"]]);
        foreach (var (a, link) in items)
            CsvText.Row(csv, [a.WorkshopTitle, Whole(a.GroupNumber), a.OwnerName, a.OwnerUnit ?? "", a.What, t.Date(a.Due), t.Status(a.Status),
                a.Progress, a.Overdue ? t["Overdue"] : "", link]);
        return csv.ToString();
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? rate, ReportWords t) =>
        rate is { } r ? Math.Round(r * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : t["NotYet"];
}
