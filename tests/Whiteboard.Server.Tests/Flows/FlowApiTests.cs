using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Stages;
using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Tests.Flows;

/// <summary>Rules F1–F3 over HTTP: the library for anyone, a workshop made from a flow, its guides and run sheet for its facilitator.</summary>
public sealed class FlowApiTests
{
    [Fact]
    public async Task The_library_lists_every_flow_with_its_steps_the_classic_cycle_first()
    {
        await using var app = TestApp.Start();

        var flows = (await app.Http.GetFromJsonAsync<List<FlowSummary>>("/api/templates", WireJson.Options))!;

        Assert.Equal(FlowLibrary.All.Select(f => f.Id), flows.Select(f => f.Id));
        var classic = flows[0];
        Assert.Equal("行动学习五步法", classic.Title.ZhCn);
        Assert.Equal(["problem", "plan", "action", "reflection", "summary"], classic.Steps.Select(s => s.Id));
        Assert.True(classic.Steps[2].Capabilities.HasFlag(Core.Stages.StageCapabilities.ActionItems));
        Assert.Equal(55 * 60, classic.TotalSeconds);
    }

    [Fact]
    public async Task A_workshop_made_from_a_flow_gives_every_group_its_steps_and_its_facilitator_the_guides()
    {
        await using var app = TestApp.Start();
        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "按流程", groups = 2, flow = FlowLibrary.ActionLearning });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var workshop = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var secret = TestApp.SecretOf(workshop.FacilitatorUrl);

        await using var trainee = await app.JoinAsync(workshop.Code, "李明");
        Assert.Equal(["problem", "plan", "action", "reflection", "summary"], trainee.State.Stages.Select(s => s.Id));

        var flow = await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", secret);
        Assert.Equal(HttpStatusCode.OK, flow.StatusCode);
        var (read, problem) = FlowJson.Read(await flow.Content.ReadAsStringAsync());
        Assert.Null(problem);
        Assert.Equal(FlowJson.Write(FlowLibrary.All[0]), FlowJson.Write(read!));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.GetAsync($"/api/workshops/{workshop.Code}/flow")).StatusCode);
    }

    [Fact]
    public async Task An_action_learning_workshop_made_without_naming_a_flow_runs_the_classic_cycle_with_its_guides()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();

        var flow = await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", TestApp.SecretOf(workshop.FacilitatorUrl));

        Assert.Equal(FlowLibrary.ActionLearning, FlowJson.Read(await flow.Content.ReadAsStringAsync()).Flow!.Id);
    }

    [Fact]
    public async Task An_unknown_flow_is_a_typed_error_and_makes_nothing()
    {
        await using var app = TestApp.Start();

        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "未知", flow = "scrum-retro" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FlowNotFound", error.GetProperty("code").GetString());
        Assert.Equal("方法库里没有这个流程。", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_quick_board_has_no_flow_and_no_run_sheet()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();

        var response = await app.GetAsFacilitatorAsync($"/api/workshops/{board.Code}/runsheet", TestApp.SecretOf(board.FacilitatorUrl));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("zh-CN", "流程单", "怎么说", "“先各自写，每张便签只写一个问题")]
    [InlineData("en", "Run sheet", "What to say", "“Write on your own first: one problem per note")]
    public async Task The_run_sheet_is_the_whole_workshop_on_paper_in_its_language_and_runs_nothing(
        string language, string heading, string label, string script)
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync(title: "<b>青干班</b>", language: language);

        var response = await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/runsheet", TestApp.SecretOf(workshop.FacilitatorUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SecurityHeaders.Document, response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(heading, html);
        Assert.Contains(label, html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(script), html);
        Assert.Contains("&lt;b&gt;青干班&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>青干班", html);
        Assert.Equal(5, html.Split("class=\"step\"").Length - 1);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.GetAsync($"/api/workshops/{workshop.Code}/runsheet")).StatusCode);
    }
    [Fact]
    public async Task The_report_of_a_tool_canvas_lists_its_notes_column_by_column_in_every_format()
    {
        // Rule Z2: the ORID conversation is read as the method reads it, level by level
        await using var app = TestApp.Start();
        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "焦点讨论", groups = 1, flow = "orid" });
        var workshop = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var secret = TestApp.SecretOf(workshop.FacilitatorUrl);
        await using var facilitator = await app.JoinAsync(workshop.Code, "李老师", facilitatorSecret: secret);
        if (facilitator.State.CurrentStage is null) Assert.True((await facilitator.SubmitAsync(new AdvanceStage())).Accepted);
        await using var trainee = await app.JoinAsync(workshop.Code, "李明");
        Assert.True((await trainee.SubmitAsync(new AddNote(Guid.NewGuid(), "conversation", "看到了三份报表", NoteColor.Yellow, 100, 100))).Accepted);
        Assert.True((await trainee.SubmitAsync(new AddNote(Guid.NewGuid(), "conversation", "有点泄气", NoteColor.Blue, 540, 100))).Accepted);

        var json = await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/report?format=json", secret)).Content.ReadAsStringAsync();
        var markdown = await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/report?format=md", secret)).Content.ReadAsStringAsync();
        var html = await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/report?format=html", secret)).Content.ReadAsStringAsync();

        var zones = JsonDocument.Parse(json).RootElement.GetProperty("groups")[0].GetProperty("stages")[0].GetProperty("zones");
        Assert.Equal(["objective", "reflective", "interpretive", "decisional"], zones.EnumerateArray().Select(z => z.GetProperty("id").GetString()));
        Assert.Contains("#### 客观\n\n- 看到了三份报表\n\n#### 反映\n\n- 有点泄气\n\n#### 诠释\n\n（无）", markdown.ReplaceLineEndings("\n"));
        Assert.Contains("<h4 data-zone=\"objective\">客观</h4><ul><li>看到了三份报表</li></ul><h4 data-zone=\"reflective\">反映</h4><ul><li>有点泄气</li></ul>", html);
    }
    [Fact]
    public async Task A_workshop_runs_the_facilitators_own_design_and_a_design_that_cannot_run_makes_nothing()
    {
        // Rules F2, F4
        await using var app = TestApp.Start();
        var design = FlowDesign.Completed(FlowDesign.AddStep(FlowDesign.Blank(Guid.NewGuid(), new("我的研讨", ""))));
        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "自己设计", groups = 1, design }, WireJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var workshop = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;

        await using var trainee = await app.JoinAsync(workshop.Code, "李明");
        Assert.Equal(["step-1", "step-2"], trainee.State.Stages.Select(s => s.Id));
        var kept = await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", TestApp.SecretOf(workshop.FacilitatorUrl));
        Assert.Equal(FlowJson.Write(design), FlowJson.Write(FlowJson.Read(await kept.Content.ReadAsStringAsync()).Flow!));

        var broken = design with { Steps = [design.Steps[0], design.Steps[0]] }; // two steps with one id
        var refused = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "坏的设计", groups = 1, design = broken }, WireJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("InvalidFlow", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}
