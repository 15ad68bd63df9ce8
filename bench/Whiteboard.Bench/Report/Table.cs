using System.Globalization;
using System.Text;

namespace Whiteboard.Bench.Report;

/// <summary>A titled table, printed aligned on the console and kept as Markdown for docs/PERFORMANCE.md.</summary>
public sealed class Table(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public void Note(string note) => _notes.Add(note);

    public string ToText()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder().AppendLine().AppendLine(title);
        text.AppendLine(Line(headers, widths)).AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in _rows) text.AppendLine(Line(row, widths));
        foreach (var note in _notes) text.AppendLine("  " + note);
        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        text.AppendLine("|" + string.Join("|", headers.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
        foreach (var row in _rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        if (_notes.Count > 0) text.AppendLine();
        foreach (var note in _notes) text.AppendLine(note + "  ");
        return text.AppendLine().ToString();
    }

    public static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
}
