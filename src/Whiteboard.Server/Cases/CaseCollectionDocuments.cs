using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Cases;

/// <summary>
/// Rule K6: a case collection (案例集) three ways — a page made for printing (to PDF), Markdown, and a Word document, since
/// offices pass Word files round. Every text a person typed is escaped for the format it goes into.
/// </summary>
public static class CaseCollectionDocuments
{
    public static string Html(string title, string meta, IReadOnlyList<PrintedCase> cases, string lang)
    {
        var html = new StringBuilder();
        html.Append($"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{SecurityHeaders.DocumentMeta}<title>{E(title)}</title><style>{HtmlReport.Style}</style></head><body>""");
        html.Append($"""<h1>{E(title)}</h1><p class="meta">{E(meta)}</p>""");
        foreach (var c in cases)
        {
            html.Append($"""<section class="group"><h2>{E(c.Title)}</h2><p class="meta">{E(c.Source)}""");
            if (c.Tags.Length > 0) html.Append($"<br>{E(c.Tags)}");
            html.Append("</p>");
            foreach (var (heading, text) in c.Parts)
                html.Append($"<h3>{E(heading)}</h3>").Append(string.Join("", text.Split('\n').Select(l => $"<p>{E(l)}</p>")));
            if (c.Afterwards.Count > 0)
                html.Append($"<h3>{E(c.AfterwardsHeading)}</h3><ul>").Append(string.Join("", c.Afterwards.Select(a => $"<li>{E(a)}</li>"))).Append("</ul>");
            html.Append("</section>");
        }
        return html.Append("</body></html>").ToString();
    }

    public static string Markdown(string title, string meta, IReadOnlyList<PrintedCase> cases)
    {
        var md = new StringBuilder().Append("# ").AppendLine(MarkdownReport.Plain(title)).AppendLine().AppendLine(MarkdownReport.Plain(meta));
        foreach (var c in cases)
        {
            md.AppendLine().Append("## ").AppendLine(MarkdownReport.Plain(c.Title)).AppendLine().AppendLine(MarkdownReport.Plain(c.Source));
            if (c.Tags.Length > 0) md.AppendLine().AppendLine(MarkdownReport.Plain(c.Tags));
            foreach (var (heading, text) in c.Parts)
            {
                md.AppendLine().Append("### ").AppendLine(MarkdownReport.Plain(heading)).AppendLine();
                foreach (var line in text.Split('\n')) md.AppendLine(MarkdownReport.Plain(line) + "  ");
            }
            if (c.Afterwards.Count == 0) continue;
            md.AppendLine().Append("### ").AppendLine(MarkdownReport.Plain(c.AfterwardsHeading)).AppendLine();
            foreach (var a in c.Afterwards) md.Append("- ").AppendLine(MarkdownReport.Plain(a));
        }
        return md.ToString();
    }

    /// <summary>A .docx with Word's own heading styles, so its navigation pane and table of contents find every case.</summary>
    public static byte[] Word(string title, string meta, IReadOnlyList<PrintedCase> cases)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                HeadingStyle("Title", "Title", 36), HeadingStyle("Heading1", "heading 1", 30), HeadingStyle("Heading2", "heading 2", 24));
            var body = new Body();
            body.Append(Paragraph(title, "Title"), Paragraph(meta));
            var first = true;
            foreach (var c in cases)
            {
                var heading = Paragraph(c.Title, "Heading1");
                if (!first) heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
                first = false;
                body.Append(heading, Paragraph(c.Source));
                if (c.Tags.Length > 0) body.Append(Paragraph(c.Tags));
                foreach (var (partHeading, text) in c.Parts)
                {
                    body.Append(Paragraph(partHeading, "Heading2"));
                    foreach (var line in text.Split('\n')) body.Append(Paragraph(line));
                }
                if (c.Afterwards.Count == 0) continue;
                body.Append(Paragraph(c.AfterwardsHeading, "Heading2"));
                foreach (var a in c.Afterwards) body.Append(Paragraph("• " + a));
            }
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style = null) =>
        new(style is null ? new ParagraphProperties() : new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new Run(new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "Calibri", HighAnsi = "Calibri" }),
                new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static Style HeadingStyle(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = id == "Title" ? 0 : id == "Heading1" ? 0 : 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>XML 1.0 has no place for most control characters: a note's text never holds them (rule B5), but be sure.</summary>
    private static string Clean(string text) => new([.. text.Where(ch => ch == '\t' || !char.IsControl(ch))]);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
