using System.Globalization;
using System.Text;

namespace Whiteboard.Core.Reports;

/// <summary>Small helpers for the pictures the reports draw: numbers in invariant form, text escaped (never markup).</summary>
internal static class SvgText
{
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    public static string Escape(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\n' or '\t'))) continue; // never valid in XML
            b.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        }
        return b.ToString();
    }

    /// <summary>Breaks text into lines of about <paramref name="width"/> columns (a Chinese character is two), at most <paramref name="lines"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var columns = 0;
            foreach (var element in Elements(paragraph))
            {
                var w = element.Length == 1 && element[0] < 0x2E80 ? 1 : 2;
                if (columns + w > width)
                {
                    result.Add(line.ToString());
                    (line, columns) = (new StringBuilder(), 0);
                }
                line.Append(element);
                columns += w;
            }
            result.Add(line.ToString());
        }
        return result.Count <= lines ? result : [.. result.Take(lines - 1), result[lines - 1] + "…"];
    }

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return e.GetTextElement();
    }
}
