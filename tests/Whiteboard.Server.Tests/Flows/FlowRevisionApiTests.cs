using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Server.Tests.Flows;

/// <summary>Rule F5 over HTTP: the facilitator revises a running workshop's steps still to come; steps that ran stay.</summary>
public sealed class FlowRevisionApiTests
{
    private static FlowStep Causes => new(FlowDesign.WithLayout(FlowDesign.NewStep([]).Stage with { Id = "causes", Title = new("找原因", "Causes") },
        CanvasLayoutKind.Fishbone), FlowDesign.NewStep([]).Guide);

    private static Task<HttpResponseMessage> ReviseAsync(TestApp app, string code, string? secret, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/workshops/{code}/flow") { Content = JsonContent.Create(body, options: WireJson.Options) };
        if (secret is not null) request.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
        return app.Http.SendAsync(request);
    }

    private static async Task<(CreateWorkshopResponse Workshop, string Secret)> TwoGroupsAsync(TestApp app)
    {
        var workshop = await app.CreateWorkshopAsync(groups: 2);
        return (workshop, TestApp.SecretOf(workshop.FacilitatorUrl));
    }

    [Fact]
    public async Task A_step_added_after_the_running_one_reaches_every_group_and_the_guides_and_runs()
    {
        await using var app = TestApp.Start();
        var (workshop, secret) = await TwoGroupsAsync(app);
        await using var facilitator = await app.JoinAsync(workshop.Code, "李老师", facilitatorSecret: secret);
        await using var trainee = await app.JoinAsync(workshop.Code, "李明");
        var advanced = await facilitator.SubmitToAllAsync(new AdvanceStage());
        Assert.All(advanced, a => Assert.Null(a.Ack.Rejection));
        var traineeAt = advanced.Single(a => a.BoardId == trainee.BoardId).Ack.Seq;
        var classic = FlowLibrary.Find(FlowLibrary.ActionLearning)!;
        var revised = classic with { Steps = [classic.Steps[0], Causes, .. classic.Steps.Skip(1)] };
        var opId = Guid.NewGuid();

        var response = await ReviseAsync(app, workshop.Code, secret, new ReviseFlowRequest(opId, revised));
        var again = await ReviseAsync(app, workshop.Code, secret, new ReviseFlowRequest(opId, revised)); // a retry: applied once

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var state = await trainee.WaitForSeqAsync(traineeAt + 1);
        Assert.Equal(["problem", "causes", "plan", "action", "reflection", "summary"], state.Stages.Select(s => s.Id));
        Assert.Single((await trainee.CatchUpAsync(0)).Events, e => e.Event is StepsRevised);
        var kept = FlowJson.Read(await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", secret)).Content.ReadAsStringAsync()).Flow!;
        Assert.Equal("causes", kept.Steps[1].Stage.Id);
        Assert.Contains("找原因", await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/runsheet", secret)).Content.ReadAsStringAsync());
        Assert.All(await facilitator.SubmitToAllAsync(new AdvanceStage()), a => Assert.Null(a.Ack.Rejection));
        Assert.Equal("causes", (await trainee.WaitForSeqAsync(trainee.State.Seq + 1)).CurrentStage?.Id);
    }

    [Fact]
    public async Task A_step_that_ran_in_any_group_refuses_the_revision_for_all_with_the_reason_and_changes_nothing()
    {
        await using var app = TestApp.Start();
        var (workshop, secret) = await TwoGroupsAsync(app);
        await using var facilitator = await app.JoinAsync(workshop.Code, "李老师", facilitatorSecret: secret);
        Assert.Null((await facilitator.SubmitAsync(new AdvanceStage())).Rejection); // group 1 only
        var classic = FlowLibrary.Find(FlowLibrary.ActionLearning)!;
        var retitled = classic with { Steps = [classic.Steps[0] with { Stage = classic.Steps[0].Stage with { Title = new("问题", "Issue") } }, .. classic.Steps.Skip(1)] };

        var response = await ReviseAsync(app, workshop.Code, secret, new ReviseFlowRequest(Guid.NewGuid(), retitled));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("StepAlreadyRan", error.GetProperty("code").GetString());
        Assert.StartsWith("已经进行过的步骤不能再修改", error.GetProperty("message").GetString());
        foreach (var boardId in workshop.Boards.Select(g => g.BoardId))
            Assert.DoesNotContain((await facilitator.CatchUpAsync(0, boardId)).Events, e => e.Event is StepsRevised);
        var kept = FlowJson.Read(await (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/flow", secret)).Content.ReadAsStringAsync()).Flow!;
        Assert.Equal("提出问题", kept.Steps[0].Stage.Title.ZhCn);
    }

    [Fact]
    public async Task Only_the_facilitator_revises_and_a_bad_body_or_a_raw_hub_frame_changes_nothing()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        var secret = TestApp.SecretOf(workshop.FacilitatorUrl);
        await using var trainee = await app.JoinAsync(workshop.Code, "李明");
        var classic = FlowLibrary.Find(FlowLibrary.ActionLearning)!;
        var shorter = classic with { Steps = [classic.Steps[0]] };

        Assert.Equal(HttpStatusCode.Forbidden, (await ReviseAsync(app, workshop.Code, null, new ReviseFlowRequest(Guid.NewGuid(), shorter))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReviseAsync(app, workshop.Code, "guess", new ReviseFlowRequest(Guid.NewGuid(), shorter))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviseAsync(app, workshop.Code, secret, new { opId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviseAsync(app, workshop.Code, secret, new { opId = Guid.Empty, flow = shorter })).StatusCode);
        var broken = await ReviseAsync(app, workshop.Code, secret, new ReviseFlowRequest(Guid.NewGuid(), shorter with { Steps = [] }));
        Assert.Equal("InvalidFlow", (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        // A trainee's browser sending the server's own command straight to the hub.
        var raw = await trainee.SubmitAsync(new ReviseSteps(FlowRevision.StepsOf(shorter)));
        Assert.Equal(RejectionCode.NotAllowed, raw.Rejection?.Code);

        Assert.DoesNotContain((await trainee.CatchUpAsync(0)).Events, e => e.Event is StepsRevised);
    }
}
