using Microsoft.AspNetCore.SignalR.Client;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: one client made 290 workshops of 12 groups a second (16 MB/s), and request bodies of 28 MB were read.
/// Trainees' names are personal information: a facilitator deletes a workshop, and untouched ones expire.
/// </summary>
public sealed class DiskFillingTests
{
    private const string Attacker = "203.0.113.66";

    [Fact]
    public async Task Creating_workshops_is_limited_per_address_and_others_still_create()
    {
        await using var app = TestApp.Start();
        var burst = new LimitOptions().CreateBurst;

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < burst + 20; i++) answers.Add(await app.PostWorkshopFromAsync(Attacker, groups: 12));

        Assert.Equal(burst, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var refused = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var error = (await refused.Content.ReadFromJsonAsync<ApiError>(WireJson.Options))!;
        Assert.Equal(RejectionCode.TooFast, error.Code);
        Assert.Contains("请稍等", error.Message);
        Assert.Equal(HttpStatusCode.Created, (await app.PostWorkshopFromAsync("198.51.100.9")).StatusCode); // a facilitator elsewhere
    }

    [Fact]
    public async Task Quick_boards_share_the_creating_budget()
    {
        await using var app = TestApp.Start();
        for (var i = 0; i < new LimitOptions().CreateBurst; i++) await app.PostWorkshopFromAsync(Attacker, groups: 1);
        using var board = new HttpRequestMessage(HttpMethod.Post, "/api/boards") { Content = JsonContent.Create(new { title = "再来一个" }) };
        board.Headers.Add("X-Forwarded-For", Attacker);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.Http.SendAsync(board)).StatusCode);
    }

    [Fact]
    public async Task Nodes_share_the_creating_budget()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = TestApp.StartWithRedis(redis.ConnectionString, prefix);
        await using var nodeB = TestApp.StartWithRedis(redis.ConnectionString, prefix);
        var burst = new LimitOptions().CreateBurst;

        for (var i = 0; i < burst; i++)
            Assert.Equal(HttpStatusCode.Created, (await (i % 2 == 0 ? nodeA : nodeB).PostWorkshopFromAsync(Attacker, groups: 1)).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await nodeA.PostWorkshopFromAsync(Attacker, groups: 1)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await nodeB.PostWorkshopFromAsync(Attacker, groups: 1)).StatusCode);
    }

    [Fact]
    public async Task A_28_MB_body_is_refused_before_it_is_read()
    {
        await using var app = TestApp.Start();
        var huge = new string('字', 28 * 1024 * 1024 / 3);
        using var content = new StringContent($"{{\"title\":\"{huge}\",\"language\":\"zh-CN\",\"template\":\"ActionLearning\",\"groups\":2}}",
            Encoding.UTF8, "application/json");

        var response = await app.Http.PostAsync("/api/workshops", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(RejectionCode.RequestTooLarge, await AttackSupport.CodeOf(response));
    }

    [Fact]
    public async Task A_body_that_hides_its_length_is_stopped_at_the_limit()
    {
        await using var app = TestApp.Start();
        var bytes = Encoding.UTF8.GetBytes($"{{\"title\":\"{new string('x', 200 * 1024)}\",\"language\":\"zh-CN\"}}");
        using var content = new StreamContent(new ChunkedStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await app.Http.PostAsync("/api/boards", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(RejectionCode.RequestTooLarge, await AttackSupport.CodeOf(response));
        Assert.Equal(HttpStatusCode.Created, (await app.Http.PostAsJsonAsync("/api/boards", new { title = "正常的" })).StatusCode);
    }

    [Fact]
    public async Task A_facilitator_deletes_a_workshop_and_everything_in_it()
    {
        await using var app = TestApp.Start();
        await using var session = await AfterClass.SessionToSummary.RunAsync(app);
        var code = session.People.Workshop.Code;
        var secret = session.People.FacilitatorSecret;
        var followUp = session.Alice.Joined!.FollowUpToken!;
        var boards = session.People.Workshop.Boards.Select(b => b.BoardId).ToList();
        var ended = new TaskCompletionSource<AccessEnded>();
        session.Alice.Connection.On<AccessEnded>(nameof(IBoardClient.AccessEnded), e => ended.TrySetResult(e));

        using var anyone = new HttpRequestMessage(HttpMethod.Delete, $"/api/workshops/{code}");
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Http.SendAsync(anyone)).StatusCode);
        using var facilitator = new HttpRequestMessage(HttpMethod.Delete, $"/api/workshops/{code}");
        facilitator.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.SendAsync(facilitator)).StatusCode);

        Assert.Equal(RejectionCode.WorkshopDeleted, (await ended.Task.WaitAsync(BoardClient.Patience)).Reason);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/api/workshops/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetFromAsync("127.0.0.1", "/api/followup", followUpToken: followUp)).StatusCode);
        var store = app.Services.GetRequiredService<IBoardStore>();
        foreach (var board in boards) Assert.Empty(await store.ReadEventsAsync(board, 0, 10, default));
        Assert.Equal(RejectionCode.BoardNotFound, (await session.Bob.SubmitAsync(new AddNote(Guid.NewGuid(), "summary", "还在吗", NoteColor.Yellow, 0, 0))).Rejection?.Code);
        var again = await app.ConnectAsync();
        Assert.Equal(RejectionCode.BoardNotFound, (await again.JoinAsync(new JoinRequest(code, "新来的"))).Rejection?.Code);
        await again.DisposeAsync();
    }

    [Fact]
    public async Task Workshops_untouched_for_the_retention_days_are_deleted_and_others_kept()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var app = TestApp.Start(time, new Dictionary<string, string> { ["Retention:DeleteUntouchedAfterDays"] = "30" });
        var old = await app.CreateWorkshopAsync(title: "三月的班");
        var kept = await app.CreateWorkshopAsync(title: "三月的班，后来还在跟进");
        await using var owner = await app.JoinAsync(kept.Code, "王芳");

        time.Advance(TimeSpan.FromDays(20));
        await using var late = await app.JoinAsync(kept.Code, "李雷"); // touched within the 30 days (a follow-up update would do too)
        time.Advance(TimeSpan.FromDays(15)); // the sweeper's timer runs on the server's clock

        var store = app.Services.GetRequiredService<IBoardStore>();
        await Wait.UntilAsync(async () => await store.FindWorkshopByCodeAsync(old.Code, default) is null);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/api/workshops/{old.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/api/workshops/{kept.Code}")).StatusCode);
        Assert.Empty(await store.WorkshopsUntouchedSinceAsync(time.GetUtcNow() - TimeSpan.FromDays(30), default));
    }

    /// <summary>A request body sent in small chunks with no length said beforehand.</summary>
    private sealed class ChunkedStream(byte[] bytes) : Stream
    {
        private int _at;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _at; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 4096), bytes.Length - _at);
            Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
