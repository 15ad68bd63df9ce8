using System.Net;
using System.Text;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Insights;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Reports;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;
using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Reports;

/// <summary>
/// The case report as a page made for printing (the browser prints it to PDF): one group per page, no buttons or menus,
/// each stage's board as the group arranged it, and the group's participation chart. Every text a person typed is
/// HTML-encoded; the pictures are SVG drawn by our own code, their texts escaped too.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page's one style block; the app's policy allows exactly it (<see cref="SecurityHeaders.DocumentStyles"/>).</summary>
    public const string Style = """
        @page { size: A4; margin: 14mm 14mm 16mm; }
        body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1f24; line-height: 1.55; margin: 0 auto; max-width: 920px; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; border-bottom: 2px solid #1b1f24; padding-bottom: 4px; margin-top: 0; }
        h3 { font-size: 16px; margin: 20px 0 6px; color: #24456e; } h4 { font-size: 14px; margin: 10px 0 4px; } .meta { color: #555; margin-bottom: 18px; }
        section.group { page-break-before: always; break-before: page; } section.group:first-of-type { page-break-before: auto; break-before: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { border: 1px solid #c9ced6; padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #eef1f5; } .chosen { background: #fff7d6; border-left: 4px solid #e0a800; padding: 8px 12px; }
        .overdue { color: #b00020; font-weight: 600; } figure { margin: 10px 0; page-break-inside: avoid; break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; border: 1px solid #e1e4e8; } figcaption { font-size: 12px; color: #555; }
        .none, .holds { color: #777; } ol, ul { margin: 4px 0 4px 20px; padding: 0; }
        @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
        """;

    public static string Render(CaseReport report, IReadOnlyList<BoardState> boards, ParticipationInsight insight, ReportWords t, DateOnly today)
    {
        var html = new StringBuilder();
        html.Append($"""<!DOCTYPE html><html lang="{t.Culture.Name}"><head><meta charset="utf-8">{SecurityHeaders.DocumentMeta}<title>{E(report.WorkshopTitle)} · {E(t["CaseReport"])}</title><style>{Style}</style></head><body>""");
        html.Append($"""<h1>{E(report.WorkshopTitle)} · {E(t["CaseReport"])}</h1><p class="meta">{E(t["Generated", t.Time(report.GeneratedAt)])}</p>""");
        var labels = new ChartLabels(t["NotesPerPerson"], t["AnonymousBar"], t["StageMinutes"], t["TopThird"], "", t["NoData"]);
        foreach (var group in report.Groups)
        {
            var board = boards.First(b => b.BoardId == group.BoardId);
            var chart = insight.Groups.First(g => g.BoardId == group.BoardId);
            Group(html, group, board, InsightCharts.Svg(chart, labels with { Group = t["Group", group.GroupNumber] }), t, today);
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Group(StringBuilder html, GroupReport g, BoardState board, string chart, ReportWords t, DateOnly today)
    {
        html.Append($"""<section class="group" data-group="{g.GroupNumber}"><h2>{E(t["Group", g.GroupNumber])}</h2>""");
        html.Append($"<h3>{E(t["Participants"])}</h3><p>");
        html.Append(g.Participants.Count == 0 ? None(t) : E(t.List(g.Participants.Select(p => t.Aside(p.Name, t.Role(p))))));
        html.Append("</p>");
        html.Append($"<h3>{E(t["Stages"])}</h3><table><tr><th>{E(t["Stage"])}</th><th>{E(t["Opened"])}</th><th>{E(t["Closed"])}</th><th>{E(t["Duration"])}</th><th>{E(t["Notes"])}</th><th>{E(t["Votes"])}</th></tr>");
        foreach (var s in g.Stages)
            html.Append($"<tr><td>{E(s.Title)}</td><td>{t.Time(s.OpenedAt)}</td><td>{t.Time(s.ClosedAt)}</td><td>{E(t.Minutes(s.Duration))}</td><td>{s.Notes}</td><td>{s.Votes}</td></tr>");
        html.Append("</table>");
        html.Append($"<h3>{E(t["ChosenProblem"])}</h3>");
        if (g.ChosenProblem is { } chosen) html.Append($"""<div class="chosen"><strong>{Item(chosen, t)}</strong></div>""");
        else html.Append($"""<p class="none">{E(t["NoProblemChosen"])}</p>""");
        Ranked(html, t["ProblemsByVotes"], g.Problems, t);
        Pictures(html, g, board, s => s.Kind == StageKind.Problem, t);
        Ranked(html, t["PlanIdeas"], g.PlanIdeas, t);
        Pictures(html, g, board, s => s.Kind == StageKind.Plan, t);
        foreach (var rating in g.Ratings)
        {
            html.Append($"<h3>{E(t["RatingResults", rating.Title])}</h3>");
            html.Append($"""<table class="ratings"><tr>{string.Concat(RatingTable.Header(rating, t).Select(h => $"<th>{E(h)}</th>"))}</tr>""");
            foreach (var row in RatingTable.Rows(rating, t)) html.Append($"<tr>{string.Concat(row.Select(c => $"<td>{E(c)}</td>"))}</tr>");
            html.Append("</table>");
        }
        html.Append($"<h3>{E(t["ActionPlan"])}</h3>");
        if (g.Actions.Count == 0) html.Append($"<p>{None(t)}</p>");
        else
        {
            html.Append($"<table><tr><th>{E(t["What"])}</th><th>{E(t["Owner"])}</th><th>{E(t["Due"])}</th><th>{E(t["Status"])}</th><th>{E(t["Progress"])}</th></tr>");
            foreach (var a in g.Actions)
            {
                var overdue = a.IsOverdue(today) ? $""" <span class="overdue">{E(t["Overdue"])}</span>""" : "";
                html.Append($"<tr><td>{E(a.What)}</td><td>{E(a.OwnerName)}</td><td>{E(t.Date(a.Due))}{overdue}</td><td>{E(t.Status(a.Status))}</td><td>{E(a.Progress)}</td></tr>");
            }
            html.Append("</table>");
        }
        if (g.EarlierActions.Count > 0)
        {
            html.Append($"<h3>{E(t["EarlierActions"])}</h3><ul>");
            foreach (var a in g.EarlierActions)
                html.Append($"<li>{E(a.What)} — {E(t.Aside(t.Clauses(a.OwnerName, t.Date(a.Due), t.Status(a.Status)), t["FromGroup", a.FromGroup]))}</li>");
            html.Append("</ul>");
        }
        Pictures(html, g, board, s => s.Kind == StageKind.Action, t);
        Questioned(html, g, t);
        html.Append($"<h3>{E(t["Reflections"])}</h3>").Append(g.Reflections.Count == 0 ? $"<p>{None(t)}</p>" : $"<ul>{string.Concat(g.Reflections.Select(r => $"<li>{E(r)}</li>"))}</ul>");
        Pictures(html, g, board, s => s.Kind == StageKind.Reflection, t);
        html.Append($"<h3>{E(t["Summary"])}</h3>").Append(g.Summary.Length == 0 ? $"<p>{None(t)}</p>" : $"<p>{E(g.Summary).Replace("\n", "<br>")}</p>");
        Pictures(html, g, board, s => s.Kind is not (StageKind.Problem or StageKind.Plan or StageKind.Action or StageKind.Reflection), t);
        html.Append($"<h3>{E(t["Participation"])}</h3><figure>{chart}</figure></section>");
    }

    /// <summary>Rules Q2, Q5: each questioned note, its questions under it and their answers under them.</summary>
    private static void Questioned(StringBuilder html, GroupReport g, ReportWords t)
    {
        if (g.Questioned.Count == 0) return;
        html.Append($"""<h3>{E(t["Questions"])}</h3><ul class="questions">""");
        foreach (var note in g.Questioned)
        {
            html.Append($"""<li data-testid="questioned-note">{E(t.Aside(note.Note, note.Stage))}<ul>""");
            foreach (var thread in note.Threads)
                html.Append($"<li>{E(t["Question", thread.Question])}")
                    .Append(thread.Answers.Count == 0 ? "" : $"<ul>{string.Concat(thread.Answers.Select(a => $"<li>{E(t["Answer", a])}</li>"))}</ul>")
                    .Append("</li>");
            html.Append("</ul></li>");
        }
        html.Append("</ul>");
    }

    /// <summary>
    /// Each stage's board as the group arranged it, beside what the report says of that stage; on a tool canvas first its
    /// notes zone by zone (rule Z2), as the method reads them: a fishbone's causes by bone, a matrix by quadrant.
    /// </summary>
    private static void Pictures(StringBuilder html, GroupReport g, BoardState board, Func<Stage, bool> which, ReportWords t)
    {
        foreach (var stage in board.Stages.Where(s => which(s) && board.NotesOf(s.Id).Any(n => !n.Hidden)))
        {
            if (g.Stages.FirstOrDefault(r => r.Id == stage.Id) is { Zones.Count: > 0 } ran) Zones(html, ran, t);
            html.Append($"<figure>{BoardPicture.Svg(board, stage.Id)}<figcaption>{E(t["BoardPicture", stage.Title.In(board.Language)])}</figcaption></figure>");
        }
    }

    private static void Zones(StringBuilder html, StageReport stage, ReportWords t)
    {
        html.Append($"""<div class="zones" data-stage="{E(stage.Id)}"><h3>{E(t.ByZone(stage))}</h3>""");
        if (t.CanvasAxes(stage) is { } axes) html.Append($"<p>{E(axes)}</p>");
        foreach (var zone in stage.Zones)
        {
            html.Append($"""<h4 data-zone="{E(zone.Id)}">{E(t.ZoneLabel(zone))}</h4>""");
            html.Append(zone.Notes.Count == 0 ? $"<p>{None(t)}</p>" : $"<ul>{string.Concat(zone.Notes.Select(n => $"<li>{E(n)}</li>"))}</ul>");
        }
        html.Append("</div>");
    }

    /// <summary>Rule V4: a stage's clusters and notes in two labelled lists, each ranked by the dots cast on it.</summary>
    private static void Ranked(StringBuilder html, string heading, RankedStage ranked, ReportWords t)
    {
        html.Append($"<h3>{E(heading)}</h3>");
        if (ranked.IsEmpty) html.Append($"<p>{None(t)}</p>");
        foreach (var (kind, label, items) in new[] { ("clusters", t["ClustersByVotes"], ranked.Clusters), ("notes", t["NotesByVotes"], ranked.Notes) })
            if (items.Count > 0)
                html.Append($"""<h4>{E(label)}</h4><ol class="ranked-{kind}">{string.Concat(items.Select(i => $"<li>{Item(i, t)}</li>"))}</ol>""");
    }

    private static string Item(RankedTarget item, ReportWords t) => item.IsCluster
        ? E(t.Aside(t["ClusterOf", t.ClusterTitle(item.Text)], t.Votes(item.Score)))
            + (item.NoteTexts.Count == 0 ? "" : $"""<br><span class="holds">{E(t["ClusterHolds", t.List(item.NoteTexts)])}</span>""")
        : E(t.Aside(item.Text, item.ClusterTitle is { } cluster ? t.Clauses(t.Votes(item.Score), t["ClusterOf", t.ClusterTitle(cluster)]) : t.Votes(item.Score)));

    private static string None(ReportWords t) => $"""<span class="none">{E(t["Nothing"])}</span>""";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
