using System.Text;
using System.Text.RegularExpressions;
using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// After the class, on the facilitator's console: the action items exported for Excel and the calendar, the case report (经验案例化)
/// in Markdown and as a print view holding exactly what the room saw, and the participation insight's chart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReportAndInsightTests(BrowserFixture fixture)
{
    /// <summary>Strict: a file cut in the middle of a character (a folded calendar line, say) fails to read.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string Progress = "已梳理出 37 项审批事项";
    private const string Reflection = "其实我们没有调研就拍板了"; // private and never revealed
    private const string Summary = "本组聚焦审批流程过长。\n经验：问题要有台账，跟进要有人。";

    [Fact]
    public async Task The_facilitator_exports_the_actions_and_a_case_report_of_only_what_was_revealed_and_sees_how_the_group_took_part()
    {
        var s = await RunToActionAsync(fixture, "处级干部进修班 · 案例", withTablet: true);
        var mine = ActionItemById(s.Li, s.LiActionId);
        await mine.GetByTestId("action-status").SelectOptionAsync("InProgress");
        await mine.GetByTestId("edit-progress").ClickAsync();
        await mine.GetByTestId("action-progress").FillAsync(Progress);
        await mine.GetByTestId("save-progress").ClickAsync();
        await Expect(ActionItemById(s.Facilitator, s.LiActionId).GetByTestId("action-progress-text")).ToHaveTextAsync(Progress);
        await AdvanceAsync(s, "reflection");
        await AddNoteByTouchAsync(s.Zhang!, Reflection);
        await Expect(s.Facilitator.GetByTestId("note")).ToHaveCountAsync(1); // the facilitator sees it; nobody reveals it
        await AdvanceAsync(s, "summary");
        await WriteSummaryAsync(s.Li, Summary);

        var console = await s.Facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{s.Code}/console");
        await console.GetByTestId("console-view-actions").ClickAsync();
        var overview = console.GetByTestId("actions-overview");
        await Expect(overview.GetByTestId("actions-row")).ToHaveCountAsync(2);
        await Expect(overview.GetByTestId("copy-follow-up")).ToHaveCountAsync(2);
        await Expect(overview.Locator($"[data-testid=actions-row][data-action-id='{s.OutsiderActionId}']")).ToHaveAttributeAsync("data-overdue", "true");

        // ---- CSV for Excel: the byte-order mark first (else Excel shows the Chinese as mojibake), then the items.
        var (csvName, csvBytes) = await DownloadAsync(console, "export-actions-csv");
        Assert.Equal($"actions-{s.Code}.csv", csvName);
        Assert.True(csvBytes.Length > 3 && csvBytes[0] == 0xEF && csvBytes[1] == 0xBB && csvBytes[2] == 0xBF, "the CSV does not start with the UTF-8 byte-order mark");
        Assert.False(csvBytes.Length > 6 && csvBytes[3] == 0xEF && csvBytes[4] == 0xBB && csvBytes[5] == 0xBF, "the CSV starts with the byte-order mark twice");
        var csv = StrictUtf8.GetString(csvBytes, 3, csvBytes.Length - 3);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"小组\",\"要做什么\",\"负责人\"", lines[0]);
        var liLine = Assert.Single(lines, l => l.Contains(LiAction, StringComparison.Ordinal));
        foreach (var cell in new[] { LiName, Day(s.LiDue), "进行中", Progress }) Assert.Contains($"\"{cell}\"", liLine);
        var outsiderLine = Assert.Single(lines, l => l.Contains(OutsiderAction, StringComparison.Ordinal));
        foreach (var cell in new[] { OutsiderName, Day(s.OutsiderDue), "未开始" }) Assert.Contains($"\"{cell}\"", outsiderLine);
        Assert.Contains("已逾期", outsiderLine);
        Assert.DoesNotContain("已逾期", liLine);

        // ---- iCalendar: one event per due date, readable after unfolding the folded lines.
        var (icsName, icsBytes) = await DownloadAsync(console, "export-actions-ics");
        Assert.Equal($"actions-{s.Code}.ics", icsName);
        var ics = StrictUtf8.GetString(icsBytes).Replace("\r\n ", "", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        Assert.Contains("END:VCALENDAR", ics);
        Assert.Equal(2, Regex.Matches(ics, "^BEGIN:VEVENT", RegexOptions.Multiline).Count);
        Assert.Contains($"DTSTART;VALUE=DATE:{s.LiDue:yyyyMMdd}", ics);
        Assert.Contains($"DTSTART;VALUE=DATE:{s.OutsiderDue:yyyyMMdd}", ics);
        Assert.Contains($"SUMMARY:{OutsiderAction}（{OutsiderName}）", ics);
        Assert.Contains($"SUMMARY:{LiAction}（{LiName}）", ics);

        // ---- Follow-up slips to hand out as the class ends: one per owner, their items and a QR code of their own link.
        var slips = await console.Context.RunAndWaitForPageAsync(() => console.GetByTestId("open-follow-up-slips").ClickAsync());
        await slips.WaitForLoadStateAsync();
        Assert.StartsWith("blob:", slips.Url);
        Assert.Equal("grid", await slips.Locator(".slips").EvaluateAsync<string>("e => getComputedStyle(e).display")); // styled
        await Expect(slips.Locator("section.slip")).ToHaveCountAsync(2);
        await Expect(slips.Locator("section.slip", new() { HasText = LiName })).ToContainTextAsync(LiAction);
        await Expect(slips.Locator("section.slip", new() { HasText = OutsiderName })).Not.ToContainTextAsync(LiAction);
        await Expect(slips.Locator("section.slip svg")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(slips, "after-class-follow-up-slips");
        await slips.CloseAsync();

        // ---- The case report in Markdown: what the room saw, ranked by votes; nothing that was never revealed.
        var (mdName, mdBytes) = await DownloadAsync(console, "export-report-md");
        Assert.Equal($"report-{s.Code}.md", mdName);
        var md = StrictUtf8.GetString(mdBytes);
        foreach (var text in new[] { LiProblem, ZhangProblem, LiPlan, LiSecondPlan, FacilitatorPlan, ZhangPlan, LiAction, OutsiderAction, OutsiderName, Progress, "本组聚焦审批流程过长。", "经验：问题要有台账，跟进要有人。" })
            Assert.Contains(text, md);
        Assert.DoesNotContain(LiUnrevealedProblem, md);
        Assert.DoesNotContain(Reflection, md);
        // The problems were written anonymously: no name on their lines.
        foreach (var line in md.Split('\n').Where(l => l.Contains(LiProblem, StringComparison.Ordinal) || l.Contains(ZhangProblem, StringComparison.Ordinal)))
            Assert.DoesNotMatch($"{LiName}|{ZhangName}", line);
        var planOrder = new[] { LiSecondPlan, FacilitatorPlan, LiPlan }.Select(t => md.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.True(planOrder[0] < planOrder[1] && planOrder[1] < planOrder[2], $"the plan ideas are not in the order of their votes: {string.Join(", ", planOrder)}");

        // ---- The print view in a new tab (the secret stays in a header: the tab shows an object URL).
        var report = await console.Context.RunAndWaitForPageAsync(() => console.GetByTestId("open-report").ClickAsync());
        await report.WaitForLoadStateAsync();
        Assert.StartsWith("blob:", report.Url);
        await Expect(report).ToHaveTitleAsync(new Regex("处级干部进修班 · 案例"));
        var body = report.Locator("body");
        foreach (var text in new[] { LiProblem, ZhangProblem, LiSecondPlan, LiAction, OutsiderAction, OutsiderName, Progress, "经验：问题要有台账，跟进要有人。" })
            await Expect(body).ToContainTextAsync(text);
        await Expect(body).Not.ToContainTextAsync(LiUnrevealedProblem);
        await Expect(body).Not.ToContainTextAsync(Reflection);
        Assert.DoesNotContain(LiUnrevealedProblem, await report.ContentAsync()); // not even hidden in the pictures' markup
        await Expect(report.Locator("section.group")).ToHaveCountAsync(1);
        await Expect(report.Locator("figure svg").First).ToBeVisibleAsync(); // the boards and the chart are drawn in
        await Expect(report.Locator("button, input, select, nav")).ToHaveCountAsync(0); // no UI chrome to print
        await report.SetViewportSizeAsync(900, 1200);
        await Screenshots.SaveAsync(report, "after-class-report");
        await report.EmulateMediaAsync(new() { Media = Media.Print });
        await Screenshots.SaveAsync(report, "after-class-report-print");
        await report.CloseAsync();

        // ---- Insight: the group's numbers and its chart, the anonymous stages counted for the group only.
        await console.GetByTestId("console-view-insight").ClickAsync();
        var group = console.GetByTestId("insight").GetByTestId("insight-group");
        await Expect(group).ToHaveCountAsync(1);
        await Expect(group.GetByTestId("insight-people")).ToHaveTextAsync("现场 1 · 远程 1");
        // The trainees' notes: 3 problems (2 revealed, 1 not), 3 plans, 1 action note, 1 reflection; the 4 private ones are
        // anonymous. The facilitator's plan note counts in the workshop's totals only: the group's figure is about the trainees.
        await Expect(group.GetByTestId("insight-notes")).ToHaveTextAsync("8（其中匿名 4）");
        await Expect(console.GetByTestId("insight-totals")).ToHaveTextAsync("现场 1 人 · 远程 1 人 · 便签 9 张 · 投票 3 票");
        await Expect(group.GetByTestId("insight-votes")).ToHaveTextAsync("3");
        var chart = group.GetByTestId("insight-chart");
        await Expect(chart).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the insight chart did not load");
        var svg = await chart.EvaluateAsync<string>("async img => await (await fetch(img.src)).text()");
        Assert.Contains("<svg", svg);
        Assert.Contains(LiName, svg); // the named stages' notes per person
        await Screenshots.SaveAsync(console, "after-class-insight");

        await console.CloseAsync();
        await s.CloseAsync();
    }

    [Fact]
    public async Task An_English_workshops_case_report_and_calendar_are_in_English_throughout()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await FacilitatorAloneAtActionAsync(facilitator, "Leadership course", "En", "Write the memo", "Bob",
            DateOnly.FromDateTime(DateTime.Today.AddDays(7)), planIdea: "Cut meetings to half an hour");
        await facilitator.GetByTestId("open-console").ClickAsync();
        await Expect(facilitator.GetByTestId("console-view-actions")).ToHaveTextAsync("Action items");

        var (_, mdBytes) = await DownloadAsync(facilitator, "export-report-md");
        var md = StrictUtf8.GetString(mdBytes);
        foreach (var text in new[] { "Leadership course", "Anna", "Cut meetings to half an hour", "Write the memo", "Bob", "Not started" })
            Assert.Contains(text, md);
        await facilitator.GetByTestId("console-view-actions").ClickAsync();
        var (_, icsBytes) = await DownloadAsync(facilitator, "export-actions-ics");
        var ics = StrictUtf8.GetString(icsBytes);
        Assert.Contains("Write the memo", ics);
        var report = await facilitator.Context.RunAndWaitForPageAsync(() => facilitator.GetByTestId("open-report").ClickAsync());
        await report.WaitForLoadStateAsync();
        var html = await report.Locator("body").InnerTextAsync();
        await report.CloseAsync();
        // Nothing Chinese in an English workshop's files: no characters, and no Chinese punctuation either. (Found here:
        // the report wrote "Anna（facilitator）", "Cut meetings…（0 votes）", carried items as "…，…，…（…）" and the
        // calendar "Write the memo（Bob）" — full-width brackets and commas typed into the code, in both languages.)
        foreach (var (name, text) in new[] { ("Markdown report", md), ("print view", html), ("calendar", ics) })
        {
            var chinese = ChineseRegex().Matches(text).Select(m => m.Value).Distinct().ToList();
            Assert.True(chinese.Count == 0, $"the English {name} has Chinese in it: {string.Join(" ", chinese)}");
        }
        await facilitator.Context.CloseAsync();
    }

    /// <summary>CJK characters, CJK punctuation (、。「」…) and full-width forms (（），：).</summary>
    [GeneratedRegex(@"[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex ChineseRegex();
}
