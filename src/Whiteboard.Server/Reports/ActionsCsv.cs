using System.Text;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Reports;

/// <summary>
/// Every action item as CSV, for a spreadsheet. UTF-8 with a byte-order mark, so that Excel on a Chinese Windows shows the
/// Chinese as Chinese; fields quoted so that commas and line breaks in what people typed stay inside their cell.
/// </summary>
public static class ActionsCsv
{
    public static string Render(IEnumerable<ActionOverviewItem> items, ReportWords t)
    {
        var csv = new StringBuilder("\uFEFF");
        Row(csv, [t["GroupColumn"], t["What"], t["Owner"], t["Due"], t["Status"], t["Progress"], t["Overdue"]]);
        foreach (var a in items)
            Row(csv, [a.GroupNumber.ToString(t.Culture), a.What, a.OwnerName, t.Date(a.Due), t.Status(a.Status), a.Progress, a.Overdue ? t["Overdue"] : ""]);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>Quoted, inner quotes doubled; a leading = + - @ defused so a spreadsheet never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return $"\"{value.Replace("\"", "\"\"")}\"";
    }
}
