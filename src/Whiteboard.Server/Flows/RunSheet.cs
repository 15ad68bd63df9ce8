using System.Net;
using System.Text;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Flows;

/// <summary>
/// The run sheet (流程单, rule F3): the whole workshop on paper for the facilitator — each step with its time, what the
/// groups do, the canvas, and the guide (goal, what to say, what to watch for, when to move on, what to have ready), in
/// the workshop's language. A4, one step never split across pages. Every text is HTML-encoded.
/// </summary>
public static class RunSheet
{
    /// <summary>The page's one style block; the app's policy allows exactly it (<see cref="SecurityHeaders.DocumentStyles"/>).</summary>
    public const string Style = """
        @page { size: A4; margin: 14mm; }
        body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1f24; margin: 0 auto; max-width: 860px; padding: 16px; line-height: 1.5; }
        h1 { font-size: 22px; margin: 0 0 4px; } .flow { color: #444; margin: 0 0 4px; } .total { color: #555; margin: 0 0 16px; }
        .step { border-top: 2px solid #1b1f24; padding: 10px 0 6px; page-break-inside: avoid; break-inside: avoid; }
        .step h2 { font-size: 17px; margin: 0; display: flex; justify-content: space-between; gap: 12px; }
        .time { font-weight: 400; color: #444; white-space: nowrap; } .prompt { font-size: 15px; margin: 4px 0; }
        .does, .canvas { color: #444; font-size: 13px; margin: 2px 0; }
        dl { display: grid; grid-template-columns: 8em 1fr; gap: 4px 12px; margin: 8px 0 0; font-size: 13px; }
        dt { font-weight: 700; } dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
        @media print { body { padding: 0; max-width: none; } }
        @media (max-width: 520px) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 4px; } }
        """;

    public static string Render(string workshopTitle, Flow flow, ReportWords t)
    {
        var language = t.Language;
        var total = TimeSpan.FromSeconds(flow.Steps.Sum(s => s.Stage.Settings.TimerSeconds));
        var html = new StringBuilder();
        html.Append($"""<!DOCTYPE html><html lang="{t.Culture.Name}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{SecurityHeaders.DocumentMeta}<title>{E(workshopTitle)} · {E(t["RunSheet"])}</title><style>{Style}</style></head><body>""");
        html.Append($"""<h1>{E(workshopTitle)} · {E(t["RunSheet"])}</h1><p class="flow">{E(flow.Title.In(language))}</p>""");
        html.Append($"""<p class="total">{E(t["RunSheetTotal", flow.Steps.Count, Math.Round(total.TotalMinutes)])}</p>""");
        foreach (var (step, number) in flow.Steps.Select((s, i) => (s, i + 1)))
        {
            var (stage, guide) = (step.Stage, step.Guide);
            html.Append($"""<section class="step"><h2><span>{number}. {E(stage.Title.In(language))}</span>""");
            html.Append($"""<span class="time">{E(stage.Settings.TimerSeconds > 0 ? t.Minutes(TimeSpan.FromSeconds(stage.Settings.TimerSeconds)) : t["NoTimer"])}</span></h2>""");
            if (stage.Prompt.In(language).Length > 0) html.Append($"""<p class="prompt">{E(stage.Prompt.In(language))}</p>""");
            html.Append($"""<p class="does">{E(t["RunSheetDoes", t.List(Doings(stage, t))])}</p>""");
            if (stage.Layout is { Kind: not CanvasLayoutKind.Free } layout)
                html.Append($"""<p class="canvas">{E(t[$"Canvas{layout.Kind}"])}{E(t["ClauseSeparator"])}{E(t.List(layout.Zones.Select(z => z.Label.In(language))))}</p>""");
            html.Append("<dl>");
            Row(html, t["GuideGoal"], guide.Goal.In(language));
            Row(html, t["GuideScript"], guide.Script.In(language));
            Row(html, t["GuideWatchFor"], guide.WatchFor.In(language));
            Row(html, t["GuideMoveOn"], guide.MoveOn.In(language));
            if (guide.Materials?.In(language) is { Length: > 0 } materials) Row(html, t["GuideMaterials"], materials);
            html.Append("</dl></section>");
        }
        return html.Append("</body></html>").ToString();
    }

    /// <summary>What the groups do in the step, in words: write notes, group them, vote, make action items, sum up.</summary>
    private static IEnumerable<string> Doings(StageDefinition stage, ReportWords t)
    {
        var allowed = stage.Allowed;
        foreach (var capability in Enum.GetValues<StageCapabilities>().Where(c => c != StageCapabilities.None && allowed.HasFlag(c)))
            if (capability == StageCapabilities.Rating && stage.Criteria is { Count: > 0 } criteria) // R1: on what, how heavily
                yield return t.Aside(t["DoesRating"], t.List(criteria.Select(c => t["CriterionWeight", c.Name.In(t.Language), c.Weight])));
            else if (capability != StageCapabilities.Voting || stage.Settings.VoteBudget > 0)
                yield return t[$"Does{capability}"];
    }

    private static void Row(StringBuilder html, string label, string text) => html.Append($"<dt>{E(label)}</dt><dd>{E(text)}</dd>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
