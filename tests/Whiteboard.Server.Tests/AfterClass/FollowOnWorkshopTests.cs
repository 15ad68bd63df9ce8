using System.Net;
using System.Net.Http.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.AfterClass;

public sealed class FollowOnWorkshopTests
{
    [Fact]
    public async Task A_later_workshop_made_from_an_earlier_one_brings_its_open_action_items_into_every_group()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var f = session.Facilitator;
        var done = await f.SubmitAsync(new UpdateActionProgress(session.OutsiderAction, ActionStatus.Done, "已发文"));
        await f.WaitForSeqAsync(done.Seq);

        var response = await app.Http.PostAsJsonAsync("/api/workshops", new CreateWorkshopRequest("第二期：回头看", Groups: 2,
            FromCode: session.People.Workshop.Code, FromFacilitatorSecret: session.People.FacilitatorSecret), WireJson.Options);
        var later = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        await using var facilitator = await app.JoinAsync(later.Code, "张老师", facilitatorSecret: later.FacilitatorUrl.Split("#facilitator=")[1]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.All(facilitator.Joined!.Boards, board =>
        {
            var carried = Assert.Single(board.Carried!); // Rule A8: open items only — the done one stays behind
            Assert.Equal(("起草统一报表模板", "王芳", 1), (carried.What, carried.OwnerName, carried.FromGroup));
        });
    }

    [Fact]
    public async Task Carrying_on_from_a_workshop_needs_its_facilitator_secret()
    {
        await using var app = TestApp.Start();
        var earlier = await app.CreateWorkshopAsync(groups: 1);

        var response = await app.Http.PostAsJsonAsync("/api/workshops",
            new CreateWorkshopRequest("冒充的第二期", FromCode: earlier.Code, FromFacilitatorSecret: "guess"), WireJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
