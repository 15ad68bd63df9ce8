using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Cases;

/// <summary>
/// A case as a case collection prints it (rule K6), in its own language: the title, where it comes from, its tags, each
/// part of the write-up that has text, and what happened afterwards as it stands today. One shape for the page, the
/// Markdown and the Word document, so the three never differ in what they say.
/// </summary>
public sealed record PrintedCase(string Title, string Source, string Tags, IReadOnlyList<(string Heading, string Text)> Parts,
    string AfterwardsHeading, IReadOnlyList<string> Afterwards)
{
    public static PrintedCase Of(CaseView view, ReportWords t)
    {
        var c = view.Case;
        var source = t.Clauses([.. new[] { c.WorkshopTitle, t["Group", c.GroupNumber], t.Date(c.ClassDate), view.FacilitatorName ?? "" }
            .Where(s => s.Length > 0)]);
        var tags = c.Tags.All.ToList();
        var parts = c.Sections.All.Where(p => p.Text.Length > 0).Select(p => (t[$"Case{p.Section}"], p.Text)).ToList();
        var afterwards = view.Afterwards.Select(a =>
        {
            var line = t.Aside(a.What, t.Clauses([.. new[] { a.OwnerName, a.Due is null ? "" : t.Date(a.Due) }.Where(s => s.Length > 0)]));
            var state = t.Clauses([.. new[] { t.Status(a.Status), a.Progress, a.Overdue ? t["Overdue"] : "" }.Where(s => s.Length > 0)]);
            return $"{line}{t["Colon"]}{state}";
        }).ToList();
        return new PrintedCase(c.Title, source, tags.Count == 0 ? "" : $"{t["CaseTags"]}{t["Colon"]}{t.List(tags)}", parts,
            t["CaseAfterwards"], afterwards);
    }
}
