using System.Text;
using System.Text.RegularExpressions;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Reports;
using Whiteboard.Core.Voting;

namespace Whiteboard.Server.Reports;

/// <summary>The case report as Markdown: to paste into a document, a wiki, a message.</summary>
public static partial class MarkdownReport
{
    public static string Render(CaseReport report, ReportWords t)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {Plain(report.WorkshopTitle)} · {t["CaseReport"]}").AppendLine();
        md.AppendLine(t["Generated", t.Time(report.GeneratedAt)]).AppendLine();
        foreach (var group in report.Groups) Group(md, group, t);
        return md.ToString();
    }

    private static void Group(StringBuilder md, GroupReport g, ReportWords t)
    {
        md.AppendLine($"## {t["Group", g.GroupNumber]}").AppendLine();
        md.AppendLine($"### {t["Participants"]}").AppendLine();
        md.AppendLine(g.Participants.Count == 0 ? t["Nothing"] : t.List(g.Participants.Select(p => t.Aside(Plain(p.Name), t.Role(p))))).AppendLine();
        md.AppendLine($"### {t["Stages"]}").AppendLine();
        md.AppendLine($"| {t["Stage"]} | {t["Opened"]} | {t["Closed"]} | {t["Duration"]} | {t["Notes"]} | {t["Votes"]} |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in g.Stages)
            md.AppendLine($"| {Plain(s.Title)} | {t.Time(s.OpenedAt)} | {t.Time(s.ClosedAt)} | {t.Minutes(s.Duration)} | {s.Notes} | {s.Votes} |");
        md.AppendLine();
        md.AppendLine($"### {t["ChosenProblem"]}").AppendLine();
        md.AppendLine(g.ChosenProblem is { } chosen ? $"**{Line(chosen, t)}**" : t["NoProblemChosen"]).AppendLine();
        Ranked(md, t["ProblemsByVotes"], g.Problems, t);
        Ranked(md, t["PlanIdeas"], g.PlanIdeas, t);
        foreach (var rating in g.Ratings)
        {
            md.AppendLine($"### {t["RatingResults", Plain(rating.Title)]}").AppendLine();
            var header = RatingTable.Header(rating, t);
            md.AppendLine($"| {string.Join(" | ", header.Select(Plain))} |").AppendLine($"|{string.Concat(header.Select(_ => "---|"))}");
            // Only the item is typed text; the numbers stay as they are (a leading "3." is no list in a table cell).
            foreach (var row in RatingTable.Rows(rating, t)) md.AppendLine($"| {string.Join(" | ", row.Select((cell, i) => i == 1 ? Plain(cell) : cell))} |");
            md.AppendLine();
        }
        md.AppendLine($"### {t["ActionPlan"]}").AppendLine();
        if (g.Actions.Count == 0) md.AppendLine(t["Nothing"]).AppendLine();
        else
        {
            md.AppendLine($"| {t["What"]} | {t["Owner"]} | {t["Due"]} | {t["Status"]} | {t["Progress"]} |").AppendLine("|---|---|---|---|---|");
            foreach (var a in g.Actions)
                md.AppendLine($"| {Plain(a.What)} | {Plain(a.OwnerName)} | {t.Date(a.Due)} | {t.Status(a.Status)} | {Plain(a.Progress)} |");
            md.AppendLine();
        }
        if (g.EarlierActions.Count > 0)
        {
            md.AppendLine($"### {t["EarlierActions"]}").AppendLine();
            foreach (var a in g.EarlierActions)
                md.AppendLine($"- {Plain(a.What)} — {t.Aside(t.Clauses(Plain(a.OwnerName), t.Date(a.Due), t.Status(a.Status)), t["FromGroup", a.FromGroup])}");
            md.AppendLine();
        }
        Questioned(md, g, t);
        md.AppendLine($"### {t["Reflections"]}").AppendLine();
        if (g.Reflections.Count == 0) md.AppendLine(t["Nothing"]);
        foreach (var r in g.Reflections) md.AppendLine($"- {Plain(r)}");
        md.AppendLine();
        md.AppendLine($"### {t["Summary"]}").AppendLine();
        md.AppendLine(g.Summary.Length == 0 ? t["Nothing"] : Plain(g.Summary)).AppendLine();
        foreach (var stage in g.Stages.Where(s => s.Zones.Count > 0 && s.Notes > 0)) Zones(md, stage, t);
    }

    /// <summary>Rules Q2, Q5: each questioned note, its questions under it and their answers under them.</summary>
    private static void Questioned(StringBuilder md, GroupReport g, ReportWords t)
    {
        if (g.Questioned.Count == 0) return;
        md.AppendLine($"### {t["Questions"]}").AppendLine();
        foreach (var note in g.Questioned)
        {
            md.AppendLine($"- {t.Aside(Plain(note.Note), Plain(note.Stage))}");
            foreach (var thread in note.Threads)
            {
                md.AppendLine($"  - {t["Question", Plain(thread.Question)]}");
                foreach (var answer in thread.Answers) md.AppendLine($"    - {t["Answer", Plain(answer)]}");
            }
        }
        md.AppendLine();
    }

    /// <summary>Rule Z2: a tool canvas's notes zone by zone — a fishbone's causes by bone, a matrix by quadrant.</summary>
    private static void Zones(StringBuilder md, StageReport stage, ReportWords t)
    {
        md.AppendLine($"### {Plain(t.ByZone(stage))}").AppendLine();
        if (t.CanvasAxes(stage) is { } axes) md.AppendLine(Plain(axes)).AppendLine();
        foreach (var zone in stage.Zones)
        {
            md.AppendLine($"#### {Plain(t.ZoneLabel(zone))}").AppendLine();
            if (zone.Notes.Count == 0) md.AppendLine(t["Nothing"]);
            foreach (var note in zone.Notes) md.AppendLine($"- {Plain(note)}");
            md.AppendLine();
        }
    }

    /// <summary>Rule V4: a stage's clusters and notes in two labelled lists, each ranked by the dots cast on it.</summary>
    private static void Ranked(StringBuilder md, string heading, RankedStage ranked, ReportWords t)
    {
        md.AppendLine($"### {heading}").AppendLine();
        if (ranked.IsEmpty) md.AppendLine(t["Nothing"]).AppendLine();
        foreach (var (label, items) in new[] { (t["ClustersByVotes"], ranked.Clusters), (t["NotesByVotes"], ranked.Notes) }.Where(l => l.Item2.Count > 0))
        {
            md.AppendLine($"#### {label}").AppendLine();
            foreach (var (item, i) in items.Select((o, i) => (o, i + 1))) md.Append($"{i}. ").Append(Line(item, t)).AppendLine();
            md.AppendLine();
        }
    }

    private static string Line(RankedTarget item, ReportWords t) => item.IsCluster
        ? t.Aside(t["ClusterOf", t.ClusterTitle(Plain(item.Text))], t.Votes(item.Score))
            + (item.NoteTexts.Count == 0 ? "" : $" {t["ClusterHolds", t.List(item.NoteTexts.Select(Plain))]}")
        : t.Aside(Plain(item.Text), item.ClusterTitle is { } cluster ? t.Clauses(t.Votes(item.Score), t["ClusterOf", t.ClusterTitle(Plain(cluster))]) : t.Votes(item.Score));

    /// <summary>Characters Markdown may take as markup anywhere in a line; the backslash among them, so that a typed one
    /// cannot undo the escape that follows it.</summary>
    private const string Markup = "\\`*_{}[]()#!|~<>&";

    /// <summary>
    /// What a person typed, so that it reads as text: no table breaks, links, emphasis, HTML or headings of their own, and
    /// no list or quote where it begins a line.
    /// </summary>
    internal static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Markup.Contains(c)) plain.Append('\\');
            plain.Append(c);
        }
        // "- ", "+ ", "1. ", "2) " at the start would make a list: the mark is escaped where the match ends.
        if (ListStart().Match(plain.ToString()) is { Success: true } list) plain.Insert(list.Length, '\\');
        return plain.ToString();
    }

    [GeneratedRegex(@"^\s*(?:(?=[-+=])|\d+(?=[.)]))")]
    private static partial Regex ListStart();
}
