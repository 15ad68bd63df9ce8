using System.Net;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Programme;
using Whiteboard.Server.Tests.Office;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Programme;

/// <summary>The programme's numbers come from the stored events: two nodes sharing Redis give the same, also after a report on the other.</summary>
public sealed class ProgrammeNodesTests
{
    [Fact]
    public async Task Two_nodes_give_the_same_numbers_and_both_see_an_owners_report_made_through_the_other()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = TestApp.StartWithRedis(redis.ConnectionString, prefix, OfficeClient.Settings);
        await using var nodeB = TestApp.StartWithRedis(redis.ConnectionString, prefix, OfficeClient.Settings);
        await using var session = await ClassToActions.RunAsync(nodeA, "两个节点的班", null,
            ("王芳", ParticipantLocation.InRoom, "市财政局"), ("Bob", ParticipantLocation.Remote, null));
        var hers = await session.MakeAsync("王芳");
        await session.MakeAsync("Bob");

        var onA = await OfficeClient.AsOffice(nodeA).GetAsync<ProgrammeNumbers>("/api/programme/numbers");
        var onB = await OfficeClient.AsOffice(nodeB).GetAsync<ProgrammeNumbers>("/api/programme/numbers");
        Assert.Equal(HttpStatusCode.OK,
            (await nodeB.Http.SendAsync(ClassToActions.Report(session.FollowUpToken("王芳"), hers, ActionStatus.Done))).StatusCode);
        var afterOnA = await OfficeClient.AsOffice(nodeA).GetAsync<ProgrammeNumbers>("/api/programme/numbers");

        Assert.Equal((1, 1, 1, 2, 0), (onA.Workshops, onA.TraineesInRoom, onA.TraineesRemote, onA.ActionsMade, onA.ActionsDone));
        Assert.Equal(Json(onA), Json(onB));
        Assert.Equal((2, 1, 0.5), (afterOnA.ActionsMade, afterOnA.ActionsDone, afterOnA.CompletionRate));
        Assert.Equal([new CompletionRow("市财政局", 1, 1), new CompletionRow(null, 1, 0)], afterOnA.ByUnit);
    }

    private static string Json(ProgrammeNumbers n) => System.Text.Json.JsonSerializer.Serialize(n, WireJson.Options);
}
