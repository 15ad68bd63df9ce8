using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Tests.Shared;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: 30 failed lookups from one address blocked every lookup from it — valid codes, returning tokens, the
/// facilitator's secret, reports, follow-up links — and a classroom is one address behind its router (rule S4).
/// </summary>
public sealed class ClassroomLockoutTests
{
    private const string Classroom = "203.0.113.7";

    [Fact]
    public async Task A_student_guessing_codes_behind_the_classroom_router_does_not_lock_the_class_out()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        var elsewhere = await app.CreateWorkshopAsync(title: "另一个班");
        var secret = SecretOf(workshop.FacilitatorUrl);
        var (facilitator, _) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: secret));
        var (first, firstJoin) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, "王芳"));
        await first.DisposeAsync();

        // The guesser: raw frames on a fresh connection every 40 tries (a connection alone would soon be TooFast), until
        // the server says stop. The class's own joins spent nothing: the facilitator's secret made the code known here.
        JoinResult? refused = null;
        var guesses = 0;
        while (refused is null && guesses < 1000)
        {
            await using var guesser = await RawHubSocket.ConnectAsync(app.BaseAddress, Classroom);
            for (var i = 0; i < 40 && refused is null; i++)
            {
                var answer = (await guesser.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(AttackSupport.WrongCode(guesses), "猜"))))
                    .Deserialize<JoinResult>(WireJson.Options)!;
                guesses++;
                if (answer.Rejection?.Code == RejectionCode.TooManyAttempts) refused = answer;
                else Assert.Equal(RejectionCode.BoardNotFound, answer.Rejection?.Code);
            }
        }

        Assert.Equal(new LimitOptions().GuessBurst + 1, guesses);
        Assert.True(refused!.RetryAfterSeconds > 0, "a blocked address is told when to try again");
        // The class carries on: a newcomer with the class's code, a returning trainee, the facilitator on a new device.
        var (newcomer, late) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, "迟到的"));
        var (back, returning) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, ParticipantToken: firstJoin.ParticipantToken));
        var (laptop, facilitatorAgain) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: secret));
        Assert.Null(late.Rejection);
        Assert.Null(returning.Rejection);
        Assert.Equal(firstJoin.ParticipantId, returning.ParticipantId);
        Assert.Null(facilitatorAgain.Rejection);
        Assert.Equal(HttpStatusCode.OK, (await app.GetFromAsync(Classroom, $"/api/workshops/{workshop.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetFromAsync(Classroom, $"/api/workshops/{workshop.Code}/report?format=md", secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetFromAsync(Classroom, "/api/followup", followUpToken: firstJoin.FollowUpToken)).StatusCode);
        // The guesser learns nothing: a real code new to this address is refused like a wrong one, until the wait is over.
        var other = await app.GetFromAsync(Classroom, $"/api/workshops/{elsewhere.Code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, other.StatusCode);
        Assert.NotNull(other.Headers.RetryAfter);
        Assert.Equal(RejectionCode.TooManyAttempts, await AttackSupport.CodeOf(other));
        Assert.Equal(HttpStatusCode.OK, (await app.GetFromAsync("198.51.100.20", $"/api/workshops/{elsewhere.Code}")).StatusCode);
        foreach (var client in new[] { facilitator, newcomer, back, laptop }) await client.DisposeAsync();
    }

    [Fact]
    public async Task Sixty_tablets_mistyping_the_code_read_off_the_projector_all_get_in()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync(groups: 4);
        var misses = 0;
        // The worst order: every tablet gets it wrong twice before any gets it right.
        for (var i = 0; i < 120; i++)
        {
            var wrong = await app.GetFromAsync(Classroom, $"/api/workshops/{AttackSupport.WrongCode(i)}");
            if (wrong.StatusCode == HttpStatusCode.NotFound) misses++;
        }
        var joined = 0;
        for (var i = 0; i < 60; i++)
        {
            var (tablet, result) = await app.JoinFromAsync(Classroom, new JoinRequest(workshop.Code, $"学员{i}"));
            if (result.Rejection is null) joined++;
            await tablet.DisposeAsync();
        }

        Assert.Equal(120, misses); // each told the code is wrong, not to wait
        Assert.Equal(60, joined);
    }

    [Fact]
    public async Task Nodes_share_the_guessing_budget_and_the_codes_a_classroom_uses()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        var small = new Dictionary<string, string> { ["Limits:GuessBurst"] = "20" };
        await using var nodeA = TestApp.StartWithRedis(redis.ConnectionString, prefix, small);
        await using var nodeB = TestApp.StartWithRedis(redis.ConnectionString, prefix, small);
        var workshop = await nodeA.CreateWorkshopAsync();
        Assert.Equal(HttpStatusCode.OK, (await nodeA.GetFromAsync(Classroom, $"/api/workshops/{workshop.Code}")).StatusCode);

        for (var i = 0; i < 19; i++) // the lookup above spent the first of 20
            Assert.Equal(HttpStatusCode.NotFound, (await (i % 2 == 0 ? nodeA : nodeB).GetFromAsync(Classroom, $"/api/workshops/{AttackSupport.WrongCode(i)}")).StatusCode);

        // N nodes do not allow N times the guesses; the code this classroom found on node A still opens on node B.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await nodeA.GetFromAsync(Classroom, $"/api/workshops/{AttackSupport.WrongCode(99)}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await nodeB.GetFromAsync(Classroom, $"/api/workshops/{AttackSupport.WrongCode(98)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.GetFromAsync(Classroom, $"/api/workshops/{workshop.Code}")).StatusCode);
    }
}
