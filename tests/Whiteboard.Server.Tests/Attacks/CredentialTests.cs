using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Core.Rejections;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: the join code alone exported every group's notes, names and action items; a facilitator's participant token
/// restored the facilitator role forever; follow-up tokens sat in URL paths, which access logs keep.
/// </summary>
public sealed class CredentialTests
{
    [Fact]
    public async Task The_join_code_alone_exports_nothing()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        var board = await app.CreateBoardAsync();

        var workshopExport = await app.Http.GetAsync($"/api/workshops/{workshop.Code}/export");
        var boardExport = await app.Http.GetAsync($"/api/boards/{board.Code}/export");

        Assert.Equal(HttpStatusCode.Forbidden, workshopExport.StatusCode);
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, await AttackSupport.CodeOf(workshopExport));
        Assert.Equal(HttpStatusCode.Forbidden, boardExport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync($"/api/workshops/{workshop.Code}/export", SecretOf(workshop.FacilitatorUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync($"/api/boards/{board.Code}/export", SecretOf(board.FacilitatorUrl))).StatusCode);
    }

    [Fact]
    public async Task A_facilitators_token_alone_restores_the_role_for_30_days_and_then_needs_the_link()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var app = TestApp.Start(time);
        var workshop = await app.CreateWorkshopAsync();
        var secret = SecretOf(workshop.FacilitatorUrl);
        var (laptop, first) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: secret));
        var (tablet, trainee) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, "王芳"));
        await laptop.DisposeAsync();
        await tablet.DisposeAsync();

        time.Advance(TimeSpan.FromDays(29));
        var (a, withinMonth) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, ParticipantToken: first.ParticipantToken));
        time.Advance(TimeSpan.FromDays(2));
        var (b, tokenAlone) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, ParticipantToken: first.ParticipantToken));
        var (c, withLink) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, ParticipantToken: first.ParticipantToken, FacilitatorSecret: secret));
        var (d, traineeBack) = await app.JoinFromAsync("127.0.0.1", new JoinRequest(workshop.Code, ParticipantToken: trainee.ParticipantToken));

        Assert.Equal(ParticipantRoleOf(withinMonth), Core.Participants.ParticipantRole.Facilitator);
        Assert.Equal(RejectionCode.InvalidToken, tokenAlone.Rejection?.Code);
        Assert.Null(withLink.Rejection);
        Assert.Equal(first.ParticipantId, withLink.ParticipantId); // the same facilitator, with a fresh token
        Assert.NotEqual(first.ParticipantToken, withLink.ParticipantToken);
        Assert.Null(traineeBack.Rejection); // a trainee's token does not expire: they come back for the follow-up
        foreach (var client in new[] { a, b, c, d }) await client.DisposeAsync();
    }

    private static Core.Participants.ParticipantRole? ParticipantRoleOf(JoinResult result) => result.Rejection is null ? result.Role : null;

    [Fact]
    public async Task Signing_out_every_other_device_cuts_them_off_at_once_and_replaces_the_link()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 2);
        var oldSecret = people.FacilitatorSecret;
        await using var mine = people.Facilitator;
        await using var forgotten = await app.JoinAsync(people.Workshop.Code, "教室电脑", facilitatorSecret: oldSecret); // left logged in
        await using var trainee = await WorkshopPeople.JoinAsync(app, people, "王芳");
        var ended = new TaskCompletionSource<AccessEnded>();
        forgotten.Connection.On<AccessEnded>(nameof(IBoardClient.AccessEnded), e => ended.TrySetResult(e));

        var byTrainee = await trainee.Connection.InvokeAsync<SignOutResult>(BoardHubMethods.SignOutOtherDevices, new SignOutRequest(Guid.NewGuid()));
        var result = await mine.Connection.InvokeAsync<SignOutResult>(BoardHubMethods.SignOutOtherDevices, new SignOutRequest(Guid.NewGuid()));

        Assert.Equal(RejectionCode.NotAllowed, byTrainee.Rejection?.Code);
        Assert.Null(result.Rejection);
        Assert.EndsWith($"#facilitator={result.FacilitatorSecret}", result.FacilitatorUrl);
        Assert.Equal(RejectionCode.SignedOut, (await ended.Task.WaitAsync(BoardClient.Patience)).Reason);
        Assert.Equal(RejectionCode.NotJoined, (await forgotten.SubmitToAllAsync(new Core.Stages.AdvanceStage()))[0].Ack.Rejection?.Code);
        Assert.Equal(RejectionCode.NotJoined, (await forgotten.CatchUpAsync(0)).Rejection?.Code);
        await using var again = await app.ConnectAsync();
        Assert.Equal(RejectionCode.SignedOut, (await again.JoinAsync(new JoinRequest(people.Workshop.Code,
            ParticipantToken: forgotten.Joined!.ParticipantToken, FacilitatorSecret: oldSecret))).Rejection?.Code);
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, (await again.JoinAsync(new JoinRequest(people.Workshop.Code, "新设备",
            FacilitatorSecret: oldSecret))).Rejection?.Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsFacilitatorAsync($"/api/workshops/{people.Workshop.Code}/report", oldSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync($"/api/workshops/{people.Workshop.Code}/report", result.FacilitatorSecret!)).StatusCode);
        // This device and the class carry on.
        Assert.All(await mine.SubmitToAllAsync(new Core.Stages.AdvanceStage()), a => Assert.True(a.Ack.Accepted));
        Assert.True((await trainee.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "照常", NoteColor.Yellow, 0, 0))).Accepted);
    }

    [Fact]
    public async Task A_follow_up_token_travels_in_a_header_and_a_forged_one_is_a_guess()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string> { ["Limits:GuessBurst"] = "3" });
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var token = alice.Joined!.FollowUpToken!;

        var byHeader = await app.GetFromAsync("203.0.113.40", "/api/followup", followUpToken: token);
        var byPath = await app.GetFromAsync("203.0.113.40", $"/api/followup/{token}"); // links handed out before still open
        var forged = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) forged.Add((await app.GetFromAsync("203.0.113.40", "/api/followup", followUpToken: $"Zm9yZ2Vk{i}.bm9wZQ")).StatusCode);
        var genuineWhileBlocked = await app.GetFromAsync("203.0.113.40", "/api/followup", followUpToken: token);

        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPath.StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], forged);
        Assert.Equal(HttpStatusCode.OK, genuineWhileBlocked.StatusCode);
    }
}
