using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Tests.Attacks;
using static Whiteboard.Server.Tests.Office.OfficeClient;

namespace Whiteboard.Server.Tests.Office;

/// <summary>Rules O1–O4 over real HTTP: who gets in with what, and that a wrong key is only a guess.</summary>
public sealed class OfficeAccessTests
{
    [Fact]
    public async Task The_first_start_prints_the_office_link_once_and_its_key_opens_the_office()
    {
        var logged = new KeptLog();
        var folder = TestFolders.New();
        try
        {
            string key;
            await using (var app = TestApp.StartWith(b => b.ConfigureLogging(l => l.AddProvider(logged)), dataFolder: folder))
            {
                var link = Assert.Single(logged.Lines, l => l.Contains("/office#key="));
                key = link.Split("#key=")[1].Trim();
                Assert.True((await new OfficeClient(app, CredentialHeaders.OfficeKey, key).GetAsync<ProgrammeIdentity>("/api/office/me")).IsOffice);
            }
            // Only the hash is kept: the key is nowhere in the store's files. Closing the pooled connections first moves the
            // -wal file's pages into the database and removes it, which would otherwise happen whenever another test clears
            // the pools — between listing the files and reading them.
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(folder))
                Assert.DoesNotContain(key, await File.ReadAllTextAsync(file, System.Text.Encoding.Latin1));

            var restartedLog = new KeptLog();
            await using var restarted = TestApp.StartWith(b => b.ConfigureLogging(l => l.AddProvider(restartedLog)), dataFolder: folder);
            Assert.DoesNotContain(restartedLog.Lines, l => l.Contains("#key="));
            Assert.True((await new OfficeClient(restarted, CredentialHeaders.OfficeKey, key).GetAsync<ProgrammeIdentity>("/api/office/me")).IsOffice);
            Assert.Equal(RejectionCode.InvalidOfficeKey,
                await AttackSupport.CodeOf(await AsOffice(restarted).SendAsync(HttpMethod.Get, "/api/office/me"))); // not the configured one here
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    [Fact]
    public async Task Every_office_endpoint_refuses_without_the_key_a_wrong_key_and_a_facilitator_link()
    {
        await using var app = TestApp.Start(settings: Settings);
        var facilitator = AsFacilitator(app, (await AsOffice(app).NewFacilitatorAsync("王老师", "市委党校")).Link);
        var wrong = new OfficeClient(app, CredentialHeaders.OfficeKey, "not-the-office-key-at-all");
        string[] officeOnly = ["/api/office/facilitators", "/api/office/backup"];
        foreach (var path in officeOnly)
        {
            Assert.Equal(RejectionCode.InvalidOfficeKey, await AttackSupport.CodeOf(await Nobody(app).SendAsync(HttpMethod.Get, path)));
            Assert.Equal(RejectionCode.InvalidOfficeKey, await AttackSupport.CodeOf(await wrong.SendAsync(HttpMethod.Get, path)));
            var asFacilitator = await facilitator.SendAsync(HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.Forbidden, asFacilitator.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await AsOffice(app).SendAsync(HttpMethod.Get, path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.SendAsync(HttpMethod.Post, "/api/office/facilitators", new { name = "冒充" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Nobody(app).SendAsync(HttpMethod.Get, "/api/office/workshops")).StatusCode);
        Assert.False((await facilitator.GetAsync<ProgrammeIdentity>("/api/office/me")).IsOffice);
    }

    [Fact]
    public async Task Guessing_office_keys_runs_out_of_guesses_while_the_office_on_the_same_address_carries_on()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string>(Settings) { ["Limits:GuessBurst"] = "5" });
        const string from = "203.0.113.9";
        RejectionCode? last = null;
        for (var i = 0; i < 8; i++)
            last = await AttackSupport.CodeOf(await new OfficeClient(app, CredentialHeaders.OfficeKey, $"guess-{i:D20}", from)
                .SendAsync(HttpMethod.Get, "/api/office/me"));
        Assert.Equal(RejectionCode.TooManyAttempts, last);
        Assert.Equal(RejectionCode.TooManyAttempts,
            await AttackSupport.CodeOf(await new OfficeClient(app, CredentialHeaders.FacilitatorLink, "forged-link", from)
                .SendAsync(HttpMethod.Get, "/api/office/workshops")));
        // The right key is a credential, never a guess: the office behind the same router still gets in.
        Assert.True((await AsOffice(app, from).GetAsync<ProgrammeIdentity>("/api/office/me")).IsOffice);
    }

    [Fact]
    public async Task A_facilitator_link_owns_the_workshops_it_creates_and_sees_only_those()
    {
        await using var app = TestApp.Start(settings: Settings);
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师", "市委党校");
        var li = await AsOffice(app).NewFacilitatorAsync("李老师");
        Assert.Equal(HttpStatusCode.Created, (await AsFacilitator(app, wang.Link).CreateWorkshopAsync("王的班")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Nobody(app).CreateWorkshopAsync("无主的班")).StatusCode);

        var wangs = await AsFacilitator(app, wang.Link).GetAsync<List<ProgrammeWorkshop>>("/api/office/workshops");
        Assert.Equal("王的班", Assert.Single(wangs).Title);
        Assert.Equal("王老师", wangs[0].FacilitatorName);
        Assert.Empty(await AsFacilitator(app, li.Link).GetAsync<List<ProgrammeWorkshop>>("/api/office/workshops"));
        Assert.Equal(["无主的班", "王的班"], (await AsOffice(app).GetAsync<List<ProgrammeWorkshop>>("/api/office/workshops")).Select(w => w.Title));
        var facilitators = await AsOffice(app).GetAsync<List<FacilitatorSummary>>("/api/office/facilitators");
        Assert.Equal([1, 0], facilitators.Select(f => f.Workshops));
    }

    [Fact]
    public async Task The_facilitator_link_opens_the_console_of_their_own_workshops_until_revoked()
    {
        await using var app = TestApp.Start(settings: Settings);
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师");
        var li = await AsOffice(app).NewFacilitatorAsync("李老师");
        var created = (await (await AsFacilitator(app, wang.Link).CreateWorkshopAsync()).Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var export = $"/api/workshops/{created.Code}/export";

        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync(export, KeyOf(wang.Link))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsFacilitatorAsync(export, KeyOf(li.Link))).StatusCode);
        var console = await app.JoinAsync(created.Code, "王老师", facilitatorSecret: KeyOf(wang.Link));
        Assert.Equal(ParticipantRole.Facilitator, console.Joined!.Role);

        Assert.Equal(HttpStatusCode.OK,
            (await AsOffice(app).SendAsync(HttpMethod.Post, $"/api/office/facilitators/{wang.Facilitator.FacilitatorId}/revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsFacilitatorAsync(export, KeyOf(wang.Link))).StatusCode);
        Assert.Equal(RejectionCode.InvalidFacilitatorLink,
            await AttackSupport.CodeOf(await AsFacilitator(app, wang.Link).SendAsync(HttpMethod.Get, "/api/office/workshops")));
        var refused = await (await app.ConnectAsync()).JoinAsync(new JoinRequest(created.Code, "王老师", ParticipantLocation.InRoom, null,
            KeyOf(wang.Link)));
        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, refused.Rejection?.Code);
        // The workshop's own facilitator link is untouched by the revocation.
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync(export, TestApp.SecretOf(created.FacilitatorUrl))).StatusCode);

        // A new link brings the facilitator back, and the old one stays dead.
        var relinked = await (await AsOffice(app).SendAsync(HttpMethod.Post, $"/api/office/facilitators/{wang.Facilitator.FacilitatorId}/link"))
            .Content.ReadFromJsonAsync<NewFacilitatorResponse>(WireJson.Options);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsFacilitatorAsync(export, KeyOf(relinked!.Link))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsFacilitatorAsync(export, KeyOf(wang.Link))).StatusCode);
        Assert.Null(relinked.Facilitator.RevokedAt);
    }

    [Fact]
    public async Task Only_facilitators_create_when_the_college_says_so_and_a_forged_link_never_creates()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string>(Settings) { ["Office:OnlyFacilitatorsCreate"] = "true" });
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师");

        Assert.Equal(RejectionCode.FacilitatorLinkRequired, await AttackSupport.CodeOf(await Nobody(app).CreateWorkshopAsync()));
        Assert.Equal(RejectionCode.FacilitatorLinkRequired,
            await AttackSupport.CodeOf(await Nobody(app).SendAsync(HttpMethod.Post, "/api/boards", new { title = "快板", language = "zh-CN" })));
        Assert.Equal(RejectionCode.InvalidFacilitatorLink,
            await AttackSupport.CodeOf(await new OfficeClient(app, CredentialHeaders.FacilitatorLink, "forged").CreateWorkshopAsync()));
        Assert.Equal(HttpStatusCode.Created, (await AsFacilitator(app, wang.Link).CreateWorkshopAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await AsFacilitator(app, wang.Link)
            .SendAsync(HttpMethod.Post, "/api/boards", new { title = "快板", language = "zh-CN" })).StatusCode);
        Assert.Single(await AsOffice(app).GetAsync<List<ProgrammeWorkshop>>("/api/office/workshops"), w => w.Title == "快板");
    }

    [Fact]
    public async Task The_office_deletes_a_facilitators_data_and_a_workshop_and_backs_up_everything_without_secrets()
    {
        await using var app = TestApp.Start(settings: Settings);
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师", "市委党校");
        var wangs = (await (await AsFacilitator(app, wang.Link).CreateWorkshopAsync("王的班")).Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var other = await app.CreateWorkshopAsync(title: "别人的班");
        var third = await app.CreateWorkshopAsync(title: "第三个班");
        await using var trainee = await app.JoinAsync(wangs.Code, "张三");

        var backup = await (await AsOffice(app).SendAsync(HttpMethod.Get, "/api/office/backup")).Content.ReadAsStringAsync();
        foreach (var expected in new[] { "王的班", "别人的班", "第三个班", "张三", "王老师", "市委党校" }) Assert.Contains(expected, backup);
        Assert.DoesNotContain(TestApp.SecretOf(wangs.FacilitatorUrl), backup);
        Assert.DoesNotContain(KeyOf(wang.Link), backup);
        Assert.DoesNotContain("Hash", backup, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.NoContent, (await AsOffice(app).SendAsync(HttpMethod.Delete, $"/api/office/workshops/{third.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await AsOffice(app).SendAsync(HttpMethod.Delete, $"/api/office/facilitators/{wang.Facilitator.FacilitatorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/api/workshops/{wangs.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/api/workshops/{third.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/api/workshops/{other.Code}")).StatusCode);
        Assert.Empty(await AsOffice(app).GetAsync<List<FacilitatorSummary>>("/api/office/facilitators"));
        Assert.Equal(RejectionCode.InvalidFacilitatorLink,
            await AttackSupport.CodeOf(await AsFacilitator(app, wang.Link).SendAsync(HttpMethod.Get, "/api/office/me")));
        Assert.Equal(RejectionCode.FacilitatorNotFound, await AttackSupport.CodeOf(
            await AsOffice(app).SendAsync(HttpMethod.Delete, $"/api/office/facilitators/{wang.Facilitator.FacilitatorId}")));
    }

    [Fact]
    public async Task A_facilitator_needs_a_name_and_a_unit_fits_one_line()
    {
        await using var app = TestApp.Start(settings: Settings);
        Assert.Equal(RejectionCode.NameEmpty,
            await AttackSupport.CodeOf(await AsOffice(app).SendAsync(HttpMethod.Post, "/api/office/facilitators", new { name = " ", unit = "" })));
        Assert.Equal(RejectionCode.UnitTooLong, await AttackSupport.CodeOf(
            await AsOffice(app).SendAsync(HttpMethod.Post, "/api/office/facilitators", new { name = "王", unit = new string('单', 61) })));
        Assert.Empty(await AsOffice(app).GetAsync<List<FacilitatorSummary>>("/api/office/facilitators"));
    }

    /// <summary>Keeps every line the server logs.</summary>
    private sealed class KeptLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
