using System.Net;
using System.Net.Http.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Programme;

/// <summary>Rule PN9 over real HTTP: whose items an owner's follow-up link shows and updates, across workshops.</summary>
public sealed class FollowUpAcrossWorkshopsTests
{
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
        await using var first = await ClassToActions.RunAsync(app, "春季班", null, ("王芳", ParticipantLocation.InRoom, null));
        await using var second = await ClassToActions.RunAsync(app, "秋季班", null, ("王芳", ParticipantLocation.Remote, null));
        var mine = await first.MakeAsync("王芳");
        var namesake = await second.MakeAsync("王芳");

        var view = await ViewAsync(app, first.FollowUpToken("王芳"));
        var reach = await app.Http.SendAsync(ClassToActions.Report(first.FollowUpToken("王芳"), namesake, ActionStatus.Done));

        Assert.Equal([(mine, (string?)null)], view.Items.Select(i => (i.ActionItemId, i.WorkshopTitle)));
        Assert.Equal(HttpStatusCode.NotFound, reach.StatusCode); // the update is decided by the same rule as the view
        Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(ClassToActions.Report(first.FollowUpToken("王芳"), mine, ActionStatus.Done))).StatusCode);
        Assert.Equal(ActionStatus.NotStarted, (await ViewAsync(app, second.FollowUpToken("王芳"))).Items.Single().Status);
    }

    [Fact]
    public async Task An_owners_link_shows_and_updates_their_items_of_every_workshop_with_the_same_name_and_unit()
    {
        await using var app = TestApp.Start();
        await using var spring = await ClassToActions.RunAsync(app, "春季班", null, ("王芳", ParticipantLocation.InRoom, "市财政局"));
        await using var autumn = await ClassToActions.RunAsync(app, "秋季班", null,
            ("王芳", ParticipantLocation.Remote, "市财政局"), ("王芳 ", ParticipantLocation.InRoom, "市税务局"));
        var first = await spring.MakeAsync("王芳");
        var later = await autumn.MakeAsync("王芳");
        // The namesake from another unit joined under the same name; an item of theirs is not 市财政局's 王芳's.
        var namesakes = Guid.NewGuid();
        var ack = await autumn.Facilitator.SubmitAsync(new CreateActionItem(namesakes, "另一个王芳的行动",
            new ActionOwner(autumn.Trainees["王芳 "].Joined!.ParticipantId, null)));
        Assert.Null(ack.Rejection);
        var link = spring.FollowUpToken("王芳");

        var view = await ViewAsync(app, link);
        var update = await app.Http.SendAsync(ClassToActions.Report(link, later, ActionStatus.Done));
        var notHers = await app.Http.SendAsync(ClassToActions.Report(link, namesakes, ActionStatus.Done));

        // Rule PN9: the link's own workshop goes without saying; the other names itself
        Assert.Equal([(first, (string?)null), (later, "秋季班")], view.Items.Select(i => (i.ActionItemId, i.WorkshopTitle)).OrderBy(i => i.Item2 ?? ""));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode); // the update asks the same rule as the view
        var seen = await autumn.Facilitator.WaitForSeqAsync((await autumn.Facilitator.CatchUpAsync(0)).Events[^1].Seq);
        Assert.Equal(ActionStatus.Done, seen.Actions[later].Status); // the other class's room has it
        Assert.Equal(ActionStatus.NotStarted, seen.Actions[namesakes].Status);
        Assert.Equal([later, first], (await ViewAsync(app, autumn.FollowUpToken("王芳"))).Items.Select(i => i.ActionItemId).OrderBy(id => id == first));
    }
}
