using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.AfterClass;

public sealed class FollowUpTests
{
    [Fact]
    public async Task A_participants_follow_up_link_opens_their_items_only_and_updates_them()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var f = session.Facilitator;
        var alice = session.Alice;
        var token = alice.Joined!.FollowUpToken!;

        var view = await app.Http.GetFromJsonAsync<FollowUpView>($"/api/followup/{token}", WireJson.Options);
        var update = await app.Http.PostAsJsonAsync($"/api/followup/{token}/items/{session.AliceAction}",
            new FollowUpUpdate(Guid.NewGuid(), ActionStatus.Blocked, "等待办公室审核"), WireJson.Options);
        var notMine = await app.Http.PostAsJsonAsync($"/api/followup/{token}/items/{session.OutsiderAction}",
            new FollowUpUpdate(Guid.NewGuid(), ActionStatus.Done, ""), WireJson.Options);

        Assert.Equal("王芳", view!.OwnerName);
        Assert.Equal([session.AliceAction], view.Items.Select(i => i.ActionItemId)); // Rule A4: that owner's items only
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(ActionStatus.Blocked, (await update.Content.ReadFromJsonAsync<FollowUpItem>(WireJson.Options))!.Status);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        var state = await f.WaitForSeqAsync((await f.CatchUpAsync(0)).Events[^1].Seq);
        Assert.Equal("等待办公室审核", state.Actions[session.AliceAction].Progress); // the room sees it live
    }

    [Fact]
    public async Task An_owner_named_in_free_text_reports_through_the_link_from_the_facilitators_overview()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var f = session.Facilitator;
        using var overview = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{session.People.Workshop.Code}/actions");
        overview.Headers.Add(CredentialHeaders.FacilitatorSecret, session.People.FacilitatorSecret);

        var items = await (await app.Http.SendAsync(overview)).Content.ReadFromJsonAsync<List<ActionOverviewItem>>(WireJson.Options);
        var outsider = items!.Single(i => i.ActionItemId == session.OutsiderAction);
        Assert.Contains("/f#t=", outsider.FollowUpUrl); // in the fragment: never sent, never logged
        var token = outsider.FollowUpUrl.Split("#t=")[1];
        var opId = Guid.NewGuid();
        HttpRequestMessage Update() => new(HttpMethod.Post, $"/api/followup/items/{outsider.ActionItemId}")
        {
            Headers = { { CredentialHeaders.FollowUpToken, token } },
            Content = JsonContent.Create(new FollowUpUpdate(opId, ActionStatus.Done, "已发文"), options: WireJson.Options),
        };
        var first = await app.Http.SendAsync(Update());
        var retry = await app.Http.SendAsync(Update());

        Assert.Equal("办公室 张主任", outsider.OwnerName);
        Assert.False(outsider.OwnerIsParticipant);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode); // the same op id again: applied once
        var events = (await f.CatchUpAsync(0)).Events.Where(e => e.Event is ActionProgressUpdated).ToList();
        Assert.Single(events);
    }

    [Fact]
    public async Task A_forged_follow_up_link_opens_nothing()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var alice = session.Alice;
        var token = alice.Joined!.FollowUpToken!;
        var forged = token[..^3] + (token.EndsWith("AAA") ? "BBB" : "AAA");

        var response = await app.Http.GetAsync($"/api/followup/{forged}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("InvalidFollowUpLink", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
