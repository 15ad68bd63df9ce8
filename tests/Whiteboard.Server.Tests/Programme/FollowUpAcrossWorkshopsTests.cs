using System.Net;
using System.Net.Http.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Programme;

/// <summary>Rule PN9 over real HTTP: whose items an owner's follow-up link shows and updates, across workshops.</summary>
public sealed class FollowUpAcrossWorkshopsTests
{
    private static HttpRequestMessage Update(string token, Guid item, ActionStatus status) =>
        new(HttpMethod.Post, $"/api/followup/items/{item}")
        {
            Headers = { { CredentialHeaders.FollowUpToken, token } },
            Content = JsonContent.Create(new FollowUpUpdate(Guid.NewGuid(), status, ""), options: WireJson.Options),
        };

    private static async Task<FollowUpView> ViewAsync(TestApp app, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/followup/");
        request.Headers.Add(CredentialHeaders.FollowUpToken, token);
        var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<FollowUpView>(WireJson.Options))!;
    }

    [Fact]
    public async Task Without_a_unit_the_same_name_in_another_workshop_is_another_person()
    {
        await using var app = TestApp.Start();
        await using var first = await ClassToActions.RunAsync(app, "春季班", null, ("王芳", ParticipantLocation.InRoom));
        await using var second = await ClassToActions.RunAsync(app, "秋季班", null, ("王芳", ParticipantLocation.Remote));
        var mine = await first.MakeAsync("王芳");
        var namesake = await second.MakeAsync("王芳");

        var view = await ViewAsync(app, first.FollowUpToken("王芳"));
        var reach = await app.Http.SendAsync(Update(first.FollowUpToken("王芳"), namesake, ActionStatus.Done));

        Assert.Equal([(mine, (string?)null)], view.Items.Select(i => (i.ActionItemId, i.WorkshopTitle)));
        Assert.Equal(HttpStatusCode.NotFound, reach.StatusCode); // the update is decided by the same rule as the view
        Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(Update(first.FollowUpToken("王芳"), mine, ActionStatus.Done))).StatusCode);
        Assert.Equal(ActionStatus.NotStarted, (await ViewAsync(app, second.FollowUpToken("王芳"))).Items.Single().Status);
    }
}
