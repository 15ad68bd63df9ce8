using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Reports;

/// <summary>Every action item of a workshop as CSV (<see cref="CsvText"/>), for a spreadsheet.</summary>
public static class ActionsCsv
{
    public static string Render(IEnumerable<ActionOverviewItem> items, ReportWords t)
    {
        var csv = CsvText.Start();
        CsvText.Row(csv, [t["GroupColumn"], t["What"], t["Owner"], t["Due"], t["Status"], t["Progress"], t["Overdue"]]);
        foreach (var a in items)
            CsvText.Row(csv, [a.GroupNumber.ToString(t.Culture), a.What, a.OwnerName, t.Date(a.Due), t.Status(a.Status), a.Progress, a.Overdue ? t["Overdue"] : ""]);
        return csv.ToString();
    }
}
