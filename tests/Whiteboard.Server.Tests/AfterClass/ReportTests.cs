using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.AfterClass;

public sealed class ReportTests
{
    [Fact]
    public async Task The_case_report_holds_exactly_the_revealed_content_ranked_by_votes_and_no_names_on_anonymous_notes()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);

        var json = await Get(app, session, "report?format=json");
        var markdown = await Get(app, session, "report?format=md");
        var html = await Get(app, session, "report?format=html");
        var group = JsonDocument.Parse(json).RootElement.GetProperty("groups")[0];

        // Rule V4: clusters and notes in two lists, each scored by the dots cast on it alone
        var problems = group.GetProperty("problems");
        var cluster = Assert.Single(problems.GetProperty("clusters").EnumerateArray());
        Assert.Equal((session.ChosenCluster, 2), (cluster.GetProperty("targetId").GetGuid(), cluster.GetProperty("score").GetInt32()));
        Assert.Equal([("审批太慢", 1), ("会议太多", 0), ("报表太多", 0)],
            problems.GetProperty("notes").EnumerateArray().Select(p => (p.GetProperty("text").GetString(), p.GetProperty("score").GetInt32())));
        Assert.Equal(session.ChosenCluster, group.GetProperty("chosenProblem").GetProperty("targetId").GetGuid()); // 2 of the 3 dots
        Assert.Equal(session.TopIdea, group.GetProperty("planIdeas").GetProperty("notes")[0].GetProperty("targetId").GetGuid());
        Assert.Contains("#### 归类（按投给归类的票数）\n\n1. 归类：形式主义（2 票） 包含：会议太多、报表太多\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("#### 便签（按投给便签的票数）\n\n1. 审批太慢（1 票）\n2. 会议太多（0 票，归类：形式主义）\n", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("<h4>归类（按投给归类的票数）</h4><ol class=\"ranked-clusters\"><li>归类：形式主义（2 票）", html);
        foreach (var text in new[] { json, markdown, html })
        {
            Assert.DoesNotContain(SessionToSummary.Unrevealed, text); // never revealed: not in the case
            Assert.Contains("起草统一报表模板", text);
            Assert.Contains("办公室 张主任", text);
            Assert.Contains("要先听基层的声音", text);
            Assert.Contains("聚焦报表减负", text);
        }
        Assert.DoesNotContain("authorId", json); // the report names no author of any note
        Assert.Contains("<svg", html); // each stage's board as the group arranged it, and the participation chart
        Assert.Contains("page-break-before", html);
    }

    [Fact]
    public async Task The_report_is_for_the_facilitator_only()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);

        var anonymous = await app.Http.GetAsync($"/api/workshops/{session.People.Workshop.Code}/report?format=md");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{session.People.Workshop.Code}/actions?format=csv");
        wrong.Headers.Add("X-Facilitator-Secret", "guess");

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Follow_up_slips_give_each_owner_their_items_and_a_QR_code_of_their_own_link()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var links = JsonSerializer.Deserialize<List<ActionOverviewItem>>(await Get(app, session, "actions?format=json"), WireJson.Options)!;

        var slips = await Get(app, session, "actions?format=slips");

        Assert.Equal(2, slips.Split("<section class=\"slip\">").Length - 1); // 王芳, and 张主任 from outside the class
        Assert.Equal(2, slips.Split("<svg").Length - 1);
        foreach (var item in links)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(item.FollowUpUrl), slips);
            Assert.Contains(item.OwnerName, slips);
        }
        var zhang = slips[slips.IndexOf("办公室 张主任", StringComparison.Ordinal)..];
        Assert.DoesNotContain("起草统一报表模板", zhang[..zhang.IndexOf("</section>", StringComparison.Ordinal)]); // not 王芳's item
        Assert.DoesNotContain(session.People.FacilitatorSecret, slips);
    }

    [Fact]
    public async Task Action_items_export_as_CSV_for_Chinese_Excel_and_as_calendar_events_of_their_due_dates()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);

        var csv = await Get(app, session, "actions?format=csv");
        var ics = await Get(app, session, "actions?format=ics");

        Assert.StartsWith("\uFEFF", csv); // Excel on Chinese Windows reads UTF-8 only with a byte-order mark
        Assert.Contains("\"起草统一报表模板\",\"王芳\",\"2026-12-31\"", csv);
        Assert.Contains("\"请办公室审核, 发文\"", csv); // a comma stays in its cell
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART;VALUE=DATE:20261231", ics);
        Assert.Contains("请办公室审核\\, 发文", ics); // escaped as RFC 5545 wants
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task Participation_insight_counts_named_notes_per_person_and_anonymous_ones_only_together()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);

        var insight = JsonDocument.Parse(await Get(app, session, "insight")).RootElement.GetProperty("groups")[0];
        var svg = await Get(app, session, $"insight?format=svg&board={session.Alice.BoardId}");

        var people = insight.GetProperty("people").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(1, people["王芳"].GetProperty("notesByStage").GetProperty("plan").GetInt32()); // named plan notes
        Assert.Equal(0, people["王芳"].GetProperty("notesByStage").GetProperty("problem").GetInt32()); // anonymous: never per person
        Assert.Equal(5, insight.GetProperty("anonymousNotes").GetInt32());
        Assert.Contains("<svg", svg);
        Assert.Contains("王芳", svg);
    }

    [Fact]
    public async Task Replaying_a_boards_history_to_its_last_event_gives_the_live_board()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var f = session.Facilitator;
        var alice = session.Alice;
        var boardId = alice.BoardId;

        var state = BoardState.Empty(boardId);
        var after = 0L;
        while (true)
        {
            var page = JsonSerializer.Deserialize<CatchUpResult>(await Get(app, session, $"boards/{boardId}/history?after={after}"), WireJson.Options)!;
            foreach (var e in page.Events) state = Board.Apply(state, e);
            after = state.Seq;
            if (!page.HasMore) break;
        }

        var live = Visibility.Snapshot(f.State, Viewer.AnyFacilitator);
        Assert.Equal(Json(live), Json(state));
    }

    [Fact]
    public async Task History_served_in_small_pages_is_the_same_as_in_one_and_a_page_asked_for_again_too()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var alice = session.Alice;
        var room = (await app.Services.GetRequiredService<Whiteboard.Server.Boards.BoardRooms>().FindAsync(alice.BoardId, default))!;

        var whole = await room.HistoryAsync(0, int.MaxValue, Viewer.AnyFacilitator, default);
        var paged = new List<EventEnvelope>();
        for (var after = 0L; ;)
        {
            var page = await room.HistoryAsync(after, 7, Viewer.AnyFacilitator, default);
            paged.AddRange(page.Events);
            after = page.Events[^1].Seq;
            if (!page.HasMore) break;
        }
        var again = await room.HistoryAsync(7, 7, Viewer.AnyFacilitator, default); // not where the last page ended

        Assert.True(whole.Events.Count > 20, $"only {whole.Events.Count} events");
        Assert.Equal(JsonSerializer.Serialize(whole.Events, WireJson.Options), JsonSerializer.Serialize(paged, WireJson.Options));
        Assert.Equal(JsonSerializer.Serialize(whole.Events.Skip(7).Take(7), WireJson.Options), JsonSerializer.Serialize(again.Events, WireJson.Options));
    }

    [Fact]
    public async Task What_people_typed_stays_text_in_the_Markdown_report_and_no_report_carries_the_join_code()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var f = session.Facilitator;
        var alice = session.Alice;
        var last = await f.SubmitAsync(new Whiteboard.Core.Summaries.WriteSummary(
            "- 看 \\[培训资料](http://evil.example/steal) 和 \\*\\*要点\\*\\* <b>x</b> &amp; | 表格"));
        Assert.Null(last.Rejection);

        var markdown = await Get(app, session, "report?format=md");

        // Every mark is escaped, the typed backslashes included: a Markdown viewer shows the words, not a link or emphasis.
        Assert.Contains("\\- 看 \\\\\\[培训资料\\]\\(http://evil.example/steal\\) 和 \\\\\\*\\\\\\*要点\\\\\\*\\\\\\* \\<b\\>x\\</b\\> \\&amp; \\| 表格", markdown);
        // The case is made to be passed on: a reader must not get the code that enters the workshop.
        foreach (var format in new[] { "md", "html", "json" })
            Assert.DoesNotContain(session.People.Workshop.Code, await Get(app, session, $"report?format={format}"));
        Assert.DoesNotContain(session.People.Workshop.Code, await app.Http.GetStringAsync($"/api/followup/{alice.Joined!.FollowUpToken}"));
    }

    private static string Json(BoardState state) => JsonSerializer.Serialize(BoardSnapshot.Of(state), WireJson.Options);

    private static async Task<string> Get(TestApp app, SessionToSummary session, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{session.People.Workshop.Code}/{path}");
        request.Headers.Add("X-Facilitator-Secret", session.People.FacilitatorSecret);
        var response = await app.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body[..Math.Min(body.Length, 1500)]);
        return body;
    }
}
