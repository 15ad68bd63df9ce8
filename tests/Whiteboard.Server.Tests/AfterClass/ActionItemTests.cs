using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Server.Tests.AfterClass;

public sealed class ActionItemTests
{
    [Fact]
    public async Task An_owner_reports_progress_weeks_later_after_every_stage_is_done()
    {
        await using var app = TestApp.Start();
        var session = await SessionToSummary.RunAsync(app);
        await using var f = session.Facilitator;
        await session.Alice.DisposeAsync();
        await session.Bob.DisposeAsync();
        await f.SubmitAsync(new AdvanceStage()); // the session is over

        await using var alice = await app.JoinAsync(session.People.Workshop.Code, "", token: session.Alice.Joined!.ParticipantToken);
        var ack = await alice.SubmitAsync(new UpdateActionProgress(session.AliceAction, ActionStatus.InProgress, "模板初稿已完成"));
        var refused = await alice.SubmitAsync(new UpdateActionProgress(session.OutsiderAction, ActionStatus.Done, "不是我的"));

        Assert.True(ack.Accepted); // Rule A4: items live on after the workshop
        Assert.Equal(RejectionCode.NotAllowed, refused.Rejection?.Code);
        var state = await alice.WaitForSeqAsync(ack.Seq);
        Assert.Equal((ActionStatus.InProgress, "模板初稿已完成"), (state.Actions[session.AliceAction].Status, state.Actions[session.AliceAction].Progress));
        Assert.All(state.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
    }

    [Fact]
    public async Task The_server_refuses_owner_link_progress_sent_by_a_client()
    {
        await using var app = TestApp.Start();
        await using var session = await SessionToSummary.RunAsync(app);
        var bob = session.Bob;

        var crafted = await bob.SubmitAsync(new RecordOwnerProgress(session.OutsiderAction, ActionStatus.Done, "冒充办公室"));

        Assert.Equal(RejectionCode.NotAllowed, crafted.Rejection?.Code);
    }
}
