using System.Globalization;
using System.Text;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Reports;

/// <summary>
/// The due dates of the action items as an iCalendar file (RFC 5545): an all-day event per item with a due date, to put
/// into any calendar, with a reminder at 9:00 the day before. Texts escaped and lines folded as the format requires.
/// </summary>
public static class ActionsCalendar
{
    /// <param name="place">Where an item was decided, for its description: its group by default; across workshops, the workshop too.</param>
    public static string Render(string calendarName, IEnumerable<ActionOverviewItem> items, ReportWords t, DateTimeOffset now,
        Func<ActionOverviewItem, string>? place = null)
    {
        place ??= a => t["Group", a.GroupNumber];
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Whiteboard//Action items//ZH");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, $"X-WR-CALNAME:{Text(calendarName)}");
        foreach (var a in items.Where(a => a.Due is not null))
        {
            var day = a.Due!.Value;
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{a.ActionItemId:N}@whiteboard");
            Line(ics, $"DTSTAMP:{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}");
            Line(ics, $"DTSTART;VALUE=DATE:{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
            Line(ics, $"DTEND;VALUE=DATE:{day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
            Line(ics, $"SUMMARY:{Text(t.Aside(a.What, a.OwnerName))}");
            Line(ics, $"DESCRIPTION:{Text($"{place(a)} · {t["Owner"]}: {a.OwnerName} · {t["Status"]}: {t.Status(a.Status)}\n{a.Progress}")}");
            // The event is all day from midnight: 15 hours before it is 9:00 the day before, a working hour to act on.
            Line(ics, "BEGIN:VALARM");
            Line(ics, "ACTION:DISPLAY");
            Line(ics, "TRIGGER:-PT15H");
            Line(ics, $"DESCRIPTION:{Text(t.Aside(a.What, a.OwnerName))}");
            Line(ics, "END:VALARM");
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var bytes = 0;
        foreach (var element in Elements(line))
        {
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > 75)
            {
                ics.Append("\r\n ");
                bytes = 1;
            }
            ics.Append(element);
            bytes += size;
        }
        ics.Append("\r\n");
    }

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return e.GetTextElement();
    }
}
