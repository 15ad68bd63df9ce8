using System.Net;
using System.Text;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Workshops;

using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Reports;

/// <summary>
/// A slip for every action owner, to hand out as the class ends: their items and a QR code of their follow-up link, so
/// that weeks later a phone's camera is all it takes. A4, several slips a page, cut along the dashed lines. Every text
/// a person typed is HTML-encoded; the QR codes are drawn from the links alone.
/// </summary>
public static class FollowUpSlips
{
    /// <summary>The page's one style block; the app's policy allows exactly it (<see cref="SecurityHeaders.DocumentStyles"/>).</summary>
    public const string Style = """
        @page { size: A4; margin: 10mm; }
        body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1b1f24; margin: 0 auto; max-width: 920px; padding: 16px; }
        h1 { font-size: 18px; margin: 0 0 10px; } .slips { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
        .slip { display: flex; gap: 12px; padding: 12px; border: 1px dashed #9aa3ad; page-break-inside: avoid; break-inside: avoid; }
        .qr svg { width: 34mm; height: 34mm; display: block; } .who { font-size: 18px; font-weight: 700; margin: 0; }
        .workshop, .how, .url { font-size: 11px; color: #555; margin: 2px 0; } .url { overflow-wrap: anywhere; }
        ol { margin: 6px 0; padding-left: 18px; font-size: 13px; } li { margin: 2px 0; overflow-wrap: anywhere; } .due { color: #555; white-space: nowrap; }
        @media print { body { padding: 0; max-width: none; } }
        """;

    public static string Render(string workshopTitle, IEnumerable<ActionOverviewItem> items, ReportWords t)
    {
        var html = new StringBuilder();
        html.Append($"""<!DOCTYPE html><html lang="{t.Culture.Name}"><head><meta charset="utf-8">{SecurityHeaders.DocumentMeta}<title>{E(workshopTitle)} · {E(t["FollowUpSlips"])}</title><style>{Style}</style></head><body>""");
        html.Append($"""<h1>{E(workshopTitle)} · {E(t["FollowUpSlips"])}</h1><div class="slips">""");
        // One link per owner (rule A4): an owner's items of every group are on one slip.
        foreach (var owner in items.GroupBy(a => a.FollowUpUrl).OrderBy(o => o.Min(a => a.GroupNumber)).ThenBy(o => o.First().OwnerName, StringComparer.Ordinal))
        {
            html.Append($"""<section class="slip"><div class="qr">{JoinQrCode.Svg(owner.Key)}</div><div>""");
            html.Append($"""<p class="who">{E(owner.First().OwnerName)}</p><p class="workshop">{E(workshopTitle)}</p><ol>""");
            foreach (var a in owner.OrderBy(a => a.Due ?? DateOnly.MaxValue))
                html.Append($"""<li>{E(a.What)} <span class="due">{E(t["Due"])} {E(t.Date(a.Due))}</span></li>""");
            html.Append($"""</ol><p class="how">{E(t["SlipHow"])}</p><p class="url">{E(owner.Key)}</p></div></section>""");
        }
        return html.Append("</div></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
