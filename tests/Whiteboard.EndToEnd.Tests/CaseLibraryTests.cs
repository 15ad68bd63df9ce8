using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The case library end to end (rules O2, K1–K6): a facilitator link made by the office creates a workshop, the class runs
/// it to its last step, the facilitator writes the group's work up as a case from the console and publishes it; the office
/// finds it by a Chinese word from the middle of a sentence and takes a Word case collection away, which opens with the
/// library that wrote it and says what the facilitator wrote.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseLibraryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_facilitator_publishes_a_case_and_the_office_finds_it_by_a_word_inside_and_exports_word()
    {
        var office = await fixture.NewPersonAsync();
        await office.GotoAsync($"/office#key={BrowserFixture.OfficeKey}");
        var made = await office.APIRequest.PostAsync("/api/office/facilitators", new()
        {
            Headers = new Dictionary<string, string> { ["X-Office-Key"] = BrowserFixture.OfficeKey },
            DataObject = new { name = "案例王老师", unit = "市委党校" },
        });
        using var madeJson = JsonDocument.Parse(await made.TextAsync());
        var link = madeJson.RootElement.GetProperty("link").GetString()!;
        var mine = link[link.IndexOf("/mine", StringComparison.Ordinal)..];

        var session = await RunToActionAsync(fixture, "案例：青干班", withTablet: false, prepare: async page =>
        {
            await page.GotoAsync(mine);
            // The link is kept (what this browser creates is theirs) once the page is up: a cold load on a busy machine is slow.
            await Expect(page.GetByTestId("programme-who")).ToContainTextAsync("案例王老师", new() { Timeout = 30_000 });
        });
        await AdvanceAsync(session, "reflection");
        await AdvanceAsync(session, "summary");

        var facilitator = session.Facilitator;
        await facilitator.GotoAsync($"/b/{session.Code}/console");
        await facilitator.GetByTestId("write-case").ClickAsync();
        var editor = facilitator.GetByTestId("case-editor");
        await Expect(editor).ToHaveAttributeAsync("data-status", "Draft");
        await Expect(editor.GetByTestId("case-options")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(LiSecondPlan));
        await Expect(editor.GetByTestId("case-actionplan")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(LiAction));
        await Expect(editor.GetByTestId("case-afterward")).ToHaveCountAsync(2);
        await editor.GetByTestId("case-title").FillAsync("审批精简的台账办法");
        await editor.GetByTestId("case-lessons").FillAsync("问题台账每周通报，基层的事有人跟进");
        await editor.GetByTestId("case-unit").FillAsync("市发改委");
        await editor.GetByTestId("case-topics").FillAsync("审批、台账");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(facilitator, "case-editor"));
        await editor.GetByTestId("case-publish").ClickAsync();
        await Expect(editor).ToHaveAttributeAsync("data-status", "Published");

        // The office finds it by a word from the middle of a sentence, and by nothing else that is not in it.
        await office.GetByTestId("programme-view-cases").ClickAsync();
        var library = office.GetByTestId("case-library");
        await library.GetByTestId("case-search").FillAsync("基层的事");
        await library.GetByTestId("case-search-go").ClickAsync();
        var row = library.GetByTestId("case-row").Filter(new() { HasText = "审批精简的台账办法" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("案例王老师");
        // Whose cases: the office filters by facilitator too.
        await library.GetByTestId("case-filter-facilitator").SelectOptionAsync(new SelectOptionValue { Label = "案例王老师" });
        await library.GetByTestId("case-search-go").ClickAsync();
        await Expect(row).ToHaveCountAsync(1);
        await Expect(library.GetByTestId("case-count")).ToHaveTextAsync("1 个案例");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(office, "case-library"));
        await row.GetByTestId("case-choose").CheckAsync();
        var download = await office.RunAndWaitForDownloadAsync(() => library.GetByTestId("collection-docx").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);
        try
        {
            using var word = WordprocessingDocument.Open(path, false);
            var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
                .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
            Assert.Equal("案例集", paragraphs[0].Text);
            Assert.Contains(("Heading1", "审批精简的台账办法"), paragraphs);
            Assert.Contains(paragraphs, p => p.Text == "问题台账每周通报，基层的事有人跟进");
            Assert.Contains(paragraphs, p => p.Text.Contains(LiAction, StringComparison.Ordinal));
            Assert.DoesNotContain(paragraphs, p => p.Text.Contains(LiUnrevealedProblem, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }

        // The facilitator finds their own case under their link too.
        await facilitator.GotoAsync(mine);
        await facilitator.GetByTestId("programme-view-cases").ClickAsync();
        await Expect(facilitator.GetByTestId("case-row").Filter(new() { HasText = "审批精简的台账办法" })).ToHaveCountAsync(1);
        foreach (var page in new[] { office, facilitator, session.Li }) await page.Context.CloseAsync();
    }
}
