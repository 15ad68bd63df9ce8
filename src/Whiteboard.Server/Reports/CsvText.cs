using System.Text;

namespace Whiteboard.Server.Reports;

/// <summary>
/// CSV for a spreadsheet, the one way every export writes it: UTF-8 with a byte-order mark, so that Excel on a Chinese
/// Windows shows the Chinese as Chinese; fields quoted so that commas and line breaks in what people typed stay inside
/// their cell.
/// </summary>
public static class CsvText
{
    public static StringBuilder Start() => new("\uFEFF");

    public static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>Quoted, inner quotes doubled; a leading = + - @ defused so a spreadsheet never runs it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return $"\"{value.Replace("\"", "\"\"")}\"";
    }
}
