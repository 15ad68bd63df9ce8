using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Tests.AfterClass;
using Whiteboard.Server.Tests.Attacks;
using Whiteboard.Server.Tests.Office;
using static Whiteboard.Server.Tests.Office.OfficeClient;

namespace Whiteboard.Server.Tests.Cases;

/// <summary>Rules K1–K6 over real HTTP, with a group run through the real hub to its last step.</summary>
public sealed class CaseApiTests
{
    private static HttpRequestMessage AsWorkshopFacilitator(HttpMethod method, string path, string secret, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: WireJson.Options) };
        request.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
        return request;
    }

    private static async Task<CaseView> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<CaseView>(WireJson.Options))!;

    private static CaseEdit Published(CaseView view, string lessons) => new(view.Case.Title,
        view.Case.Sections with { Lessons = lessons }, new CaseTags("基层治理", "市发改委", ["报表减负"]), CaseStatus.Published);

    [Fact]
    public async Task A_facilitator_drafts_a_case_from_the_board_edits_and_publishes_it_and_the_office_finds_it_by_a_word_inside()
    {
        await using var app = TestApp.Start(settings: OfficeClient.Settings);
        await using var session = await SessionToSummary.RunAsync(app);
        var code = session.People.Workshop.Code;
        var secret = session.People.FacilitatorSecret;
        var opId = Guid.NewGuid();
        var request = new NewCaseRequest(opId, session.Alice.BoardId);

        var created = await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post, $"/api/workshops/{code}/cases", secret, request));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await ReadAsync(created);
        Assert.Equal(opId, draft.Case.CaseId);
        Assert.Equal("形式主义", draft.Case.Title); // the cluster the dots chose
        Assert.Contains("形式主义（2 票）", draft.Case.Sections.Problem);
        Assert.Contains("报表统一模板（4 票）", draft.Case.Sections.Options);
        Assert.Contains("起草统一报表模板（王芳，2026-12-31）", draft.Case.Sections.ActionPlan);
        Assert.Contains("要先听基层的声音", draft.Case.Sections.Reflections);
        Assert.DoesNotContain(SessionToSummary.Unrevealed, System.Text.Json.JsonSerializer.Serialize(draft, WireJson.Options));
        Assert.Equal(2, draft.Afterwards.Count);
        // The same op id again (an answer lost on the way): the same case, not a second one.
        var again = await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post, $"/api/workshops/{code}/cases", secret, request));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await (await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Get, $"/api/workshops/{code}/cases", secret)))
            .Content.ReadFromJsonAsync<List<CaseView>>(WireJson.Options) ?? []);

        var saved = await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Put, $"/api/workshops/{code}/cases/{opId}", secret,
            Published(draft, "统一模板先行，基层减负看得见")));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(CaseStatus.Published, (await ReadAsync(saved)).Case.Status);

        var found = await AsOffice(app).GetAsync<List<CaseView>>($"/api/cases?q={Uri.EscapeDataString("减负看")}");
        Assert.Equal(opId, Assert.Single(found).Case.CaseId);
        Assert.Empty(await AsOffice(app).GetAsync<List<CaseView>>($"/api/cases?q={Uri.EscapeDataString("减负看 海关")}"));
        Assert.Single(await AsOffice(app).GetAsync<List<CaseView>>("/api/cases?tag=%E6%8A%A5%E8%A1%A8%E5%87%8F%E8%B4%9F&unit=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94"));

        // What happened afterwards is live: the owner reports done, the case says so at once.
        await session.Alice.SubmitAsync(new UpdateActionProgress(session.AliceAction, ActionStatus.Done, "模板已下发"));
        await Wait.UntilAsync(async () => (await AsOffice(app).GetAsync<CaseView>($"/api/cases/{opId}")).Afterwards
            .Any(a => a.Status == ActionStatus.Done && a.Progress == "模板已下发"));
    }

    [Fact]
    public async Task Only_the_workshops_facilitator_drafts_and_a_group_not_at_its_last_step_is_not_ready()
    {
        await using var app = TestApp.Start(settings: OfficeClient.Settings);
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        var other = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var trainee = await WorkshopPeople.JoinAsync(app, people, "王芳");
        var code = people.Workshop.Code;
        var body = new NewCaseRequest(Guid.NewGuid(), trainee.BoardId);

        Assert.Equal(RejectionCode.CaseNotReady, await AttackSupport.CodeOf(
            await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post, $"/api/workshops/{code}/cases", people.FacilitatorSecret, body))));
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, await AttackSupport.CodeOf(
            await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post, $"/api/workshops/{code}/cases", other.FacilitatorSecret, body))));
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, await AttackSupport.CodeOf(
            await app.Http.PostAsJsonAsync($"/api/workshops/{code}/cases", body, WireJson.Options)));
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, await AttackSupport.CodeOf(
            await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Get, $"/api/workshops/{code}/cases", trainee.Joined!.ParticipantToken!))));
        // Another workshop's board through this workshop: not found.
        await using var elsewhere = await WorkshopPeople.JoinAsync(app, other, "李雷");
        Assert.Equal(RejectionCode.BoardNotFound, await AttackSupport.CodeOf(await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post,
            $"/api/workshops/{code}/cases", people.FacilitatorSecret, new NewCaseRequest(Guid.NewGuid(), elsewhere.BoardId)))));
        await other.Facilitator.DisposeAsync();
        await people.Facilitator.DisposeAsync();
    }

    [Fact]
    public async Task A_facilitator_sees_published_cases_and_their_own_edits_only_their_own_and_the_office_everything()
    {
        await using var app = TestApp.Start(settings: OfficeClient.Settings);
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师");
        var li = await AsOffice(app).NewFacilitatorAsync("李老师");
        var store = app.Services.GetRequiredService<IBoardStore>();
        Case Make(string title, Guid owner, CaseStatus status) => new(Guid.NewGuid(), Guid.NewGuid(), "青干班", new DateOnly(2026, 5, 1),
            Guid.NewGuid(), 1, owner, BoardLanguage.ZhCn, title, CaseSections.Empty, CaseTags.None, status,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null);
        var wangsDraft = Make("王的草稿", wang.Facilitator.FacilitatorId, CaseStatus.Draft);
        var lisDraft = Make("李的草稿", li.Facilitator.FacilitatorId, CaseStatus.Draft);
        var lisPublished = Make("李的案例", li.Facilitator.FacilitatorId, CaseStatus.Published);
        foreach (var c in new[] { wangsDraft, lisDraft, lisPublished }) await store.SaveCaseAsync(c, default);
        var asWang = AsFacilitator(app, wang.Link);

        Assert.Equal(["李的案例", "王的草稿"], (await asWang.GetAsync<List<CaseView>>("/api/cases")).Select(v => v.Case.Title).Order());
        Assert.Equal(3, (await AsOffice(app).GetAsync<List<CaseView>>("/api/cases")).Count);
        Assert.Equal(RejectionCode.CaseNotFound, await AttackSupport.CodeOf(await asWang.SendAsync(HttpMethod.Get, $"/api/cases/{lisDraft.CaseId}")));
        var edit = new CaseEdit("改别人的", CaseSections.Empty, CaseTags.None, CaseStatus.Draft);
        Assert.Equal(RejectionCode.NotAllowed, await AttackSupport.CodeOf(await asWang.SendAsync(HttpMethod.Put, $"/api/cases/{lisPublished.CaseId}", edit)));
        Assert.Equal(HttpStatusCode.OK, (await asWang.SendAsync(HttpMethod.Put, $"/api/cases/{wangsDraft.CaseId}", edit with { Title = "王的改好了" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AsOffice(app).SendAsync(HttpMethod.Put, $"/api/cases/{lisDraft.CaseId}", edit)).StatusCode);
        Assert.Equal(RejectionCode.CaseTextTooLong, await AttackSupport.CodeOf(await AsOffice(app).SendAsync(HttpMethod.Put,
            $"/api/cases/{lisDraft.CaseId}", edit with { Sections = CaseSections.Empty with { Background = new string('长', 4_001) } })));
        Assert.Equal("李的案例", (await store.FindCaseAsync(lisPublished.CaseId, default))!.Title);
        Assert.Equal(RejectionCode.InvalidFacilitatorLink, await AttackSupport.CodeOf(await Nobody(app).SendAsync(HttpMethod.Get, "/api/cases")));
        await AsOffice(app).SendAsync(HttpMethod.Post, $"/api/office/facilitators/{wang.Facilitator.FacilitatorId}/revoke");
        Assert.Equal(RejectionCode.InvalidFacilitatorLink, await AttackSupport.CodeOf(await asWang.SendAsync(HttpMethod.Get, "/api/cases")));
    }

    [Fact]
    public async Task A_collection_prints_the_chosen_cases_as_a_word_document_markdown_and_a_page()
    {
        await using var app = TestApp.Start(settings: OfficeClient.Settings);
        await using var session = await SessionToSummary.RunAsync(app);
        var code = session.People.Workshop.Code;
        var secret = session.People.FacilitatorSecret;
        var draft = await ReadAsync(await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Post, $"/api/workshops/{code}/cases", secret,
            new NewCaseRequest(Guid.NewGuid(), session.Alice.BoardId))));
        await app.Http.SendAsync(AsWorkshopFacilitator(HttpMethod.Put, $"/api/workshops/{code}/cases/{draft.Case.CaseId}", secret,
            Published(draft, "统一模板先行 <b>不是标记</b>")));
        var ids = new[] { draft.Case.CaseId };

        var docx = await AsOffice(app).SendAsync(HttpMethod.Post, "/api/cases/collection", new CaseCollectionRequest(ids, "docx", "2026 年案例集"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
                .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
            Assert.Equal(("Title", "2026 年案例集"), paragraphs[0]);
            Assert.Contains(("Heading1", "形式主义"), paragraphs);
            Assert.Contains(("Heading2", "经验启示"), paragraphs);
            Assert.Contains(paragraphs, p => p.Text == "统一模板先行 <b>不是标记</b>");
            Assert.Contains(("Heading2", "后来怎样（行动项跟进）"), paragraphs);
            Assert.Contains(paragraphs, p => p.Text.StartsWith("• 起草统一报表模板（王芳，2026-12-31）：未开始", StringComparison.Ordinal));
        }
        var md = await (await AsOffice(app).SendAsync(HttpMethod.Post, "/api/cases/collection", new CaseCollectionRequest(ids, "md"))).Content.ReadAsStringAsync();
        Assert.Contains("## 形式主义", md);
        Assert.Contains("### 经验启示", md);
        Assert.Contains("统一模板先行 \\<b\\>不是标记\\</b\\>", md);
        var html = await (await AsOffice(app).SendAsync(HttpMethod.Post, "/api/cases/collection", new CaseCollectionRequest(ids, "html"))).Content.ReadAsStringAsync();
        Assert.Contains("<h2>形式主义</h2>", html);
        Assert.Contains("&lt;b&gt;不是标记&lt;/b&gt;", html);
        Assert.Equal(RejectionCode.CaseNotFound, await AttackSupport.CodeOf(
            await AsOffice(app).SendAsync(HttpMethod.Post, "/api/cases/collection", new CaseCollectionRequest([Guid.NewGuid()], "docx"))));
        Assert.Equal(RejectionCode.InvalidFacilitatorLink, await AttackSupport.CodeOf(
            await Nobody(app).SendAsync(HttpMethod.Post, "/api/cases/collection", new CaseCollectionRequest(ids, "docx"))));
    }
}
