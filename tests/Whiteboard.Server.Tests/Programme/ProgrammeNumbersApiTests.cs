using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Tests.AfterClass;
using Whiteboard.Server.Tests.Attacks;
using Whiteboard.Server.Tests.Office;
using static Whiteboard.Server.Tests.Office.OfficeClient;

namespace Whiteboard.Server.Tests.Programme;

/// <summary>
/// Rules PN1–PN8 over real HTTP: the numbers of classes run through the hub with known counts, who sees which workshops,
/// and the exports.
/// </summary>
public sealed class ProgrammeNumbersApiTests
{
    private static readonly DateOnly LongAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
    private static readonly DateOnly Later = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);

    /// <summary>
    /// 王老师's class (by her link): 王芳 (市财政局) and 李雷 in the room, Bob remote; 王芳's item done, 李雷's late, 张总's
    /// (free text) blocked. A class made without a link: 陈静 in the room, with an item not started.
    /// </summary>
    private static async Task<(ClassToActions Hers, ClassToActions Other, NewFacilitatorResponse Wang)> TwoClassesAsync(TestApp app)
    {
        var wang = await AsOffice(app).NewFacilitatorAsync("王老师", "市委党校");
        var hers = await ClassToActions.RunAsync(app, "青干班 行动学习", wang.Link,
            ("王芳", ParticipantLocation.InRoom, "市财政局"), ("李雷", ParticipantLocation.InRoom, null), ("Bob", ParticipantLocation.Remote, null));
        await hers.ReportAsync(await hers.MakeAsync("王芳"), ActionStatus.Done);
        await hers.MakeAsync("李雷", LongAgo);
        await hers.ReportAsync(await hers.MakeAsync("张总", Later), ActionStatus.Blocked);
        var other = await ClassToActions.RunAsync(app, "科长班", null, ("陈静", ParticipantLocation.InRoom, null));
        await other.MakeAsync("陈静", Later);
        return (hers, other, wang);
    }

    [Fact]
    public async Task The_office_counts_every_class_run_through_the_hub_and_a_facilitator_only_theirs()
    {
        await using var app = TestApp.Start(settings: Settings);
        var (hers, other, wang) = await TwoClassesAsync(app);
        await using (hers)
        await using (other)
        {
            var office = await AsOffice(app).GetAsync<ProgrammeNumbers>("/api/programme/numbers");
            var mine = await AsFacilitator(app, wang.Link).GetAsync<ProgrammeNumbers>("/api/programme/numbers");

            Assert.Equal((2, 2, 3, 1), (office.Workshops, office.Groups, office.TraineesInRoom, office.TraineesRemote));
            Assert.Equal((4, 1, 1, 1), (office.ActionsMade, office.ActionsDone, office.ActionsOverdue, office.ActionsBlocked));
            Assert.Equal([new CompletionRow("王老师", 3, 1), new CompletionRow(null, 1, 0)], office.ByFacilitator);
            Assert.Equal([new CompletionRow("市财政局", 1, 1), new CompletionRow(null, 3, 0)], office.ByUnit);
            Assert.True(office.Hours >= 0);
            Assert.Equal((1, 1, 2, 1, 3, 1), (mine.Workshops, mine.Groups, mine.TraineesInRoom, mine.TraineesRemote, mine.ActionsMade, mine.ActionsDone));
            Assert.Equal([new CompletionRow("王老师", 3, 1)], mine.ByFacilitator);
        }
    }

    [Fact]
    public async Task The_completion_rate_moves_when_an_owner_reports_done_through_their_link()
    {
        await using var app = TestApp.Start(settings: Settings);
        var (hers, other, _) = await TwoClassesAsync(app);
        await using (hers)
        await using (other)
        {
            var item = (await AsOffice(app).GetAsync<List<OpenActionItem>>("/api/programme/actions")).Single(i => i.Action.OwnerName == "李雷");
            var token = item.FollowUpUrl.Split("#t=")[1];
            var before = await AsOffice(app).GetAsync<ProgrammeNumbers>("/api/programme/numbers");
            Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(ClassToActions.Report(token, item.Action.ActionItemId, ActionStatus.Done, "已完成"))).StatusCode);
            var after = await AsOffice(app).GetAsync<ProgrammeNumbers>("/api/programme/numbers");

            Assert.Equal(0.25, before.CompletionRate);
            Assert.Equal(0.5, after.CompletionRate);
            Assert.Equal(0, after.ActionsOverdue);
            Assert.DoesNotContain(await AsOffice(app).GetAsync<List<OpenActionItem>>("/api/programme/actions"),
                i => i.Action.ActionItemId == item.Action.ActionItemId);
        }
    }

    [Fact]
    public async Task Open_actions_come_overdue_first_and_a_facilitator_sees_only_theirs()
    {
        await using var app = TestApp.Start(settings: Settings);
        var (hers, other, wang) = await TwoClassesAsync(app);
        await using (hers)
        await using (other)
        {
            var office = await AsOffice(app).GetAsync<List<OpenActionItem>>("/api/programme/actions");
            var mine = await AsFacilitator(app, wang.Link).GetAsync<List<OpenActionItem>>("/api/programme/actions");

            // Rule PN8
            Assert.Equal(("李雷", true), (office[0].Action.OwnerName, office[0].Action.Overdue));
            Assert.Equal(["张总", "陈静"], office.Skip(1).Select(i => i.Action.OwnerName).Order(StringComparer.Ordinal));
            Assert.All(office.Skip(1), i => Assert.False(i.Action.Overdue));
            Assert.All(office, i => Assert.Contains("/f#t=", i.FollowUpUrl));
            Assert.Equal(["青干班 行动学习"], mine.Select(i => i.Action.WorkshopTitle).Distinct());
            Assert.Equal(2, mine.Count);
        }
    }

    [Fact]
    public async Task Cases_drafted_and_published_in_the_library_count_in_the_numbers()
    {
        await using var app = TestApp.Start(settings: Settings);
        await using var session = await SessionToSummary.RunAsync(app);
        HttpRequestMessage AsFacilitator(HttpMethod method, string path, object body) => new(method, $"/api/workshops/{session.People.Workshop.Code}/{path}")
        {
            Headers = { { CredentialHeaders.FacilitatorSecret, session.People.FacilitatorSecret } },
            Content = JsonContent.Create(body, options: WireJson.Options),
        };
        var drafted = await app.Http.SendAsync(AsFacilitator(HttpMethod.Post, "cases", new NewCaseRequest(Guid.NewGuid(), session.Alice.BoardId)));
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var draft = (await drafted.Content.ReadFromJsonAsync<CaseView>(WireJson.Options))!.Case;
        var asDraft = await AsOffice(app).GetAsync<ProgrammeNumbers>("/api/programme/numbers");
        var publish = new CaseEdit(draft.Title, draft.Sections, draft.Tags, CaseStatus.Published);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(AsFacilitator(HttpMethod.Put, $"cases/{draft.CaseId}", publish))).StatusCode);
        var published = await AsOffice(app).GetAsync<ProgrammeNumbers>("/api/programme/numbers");

        // Rule PN6
        Assert.Equal((1, 0), (asDraft.CasesDrafted, asDraft.CasesPublished));
        Assert.Equal((1, 1), (published.CasesDrafted, published.CasesPublished));
    }

    [Fact]
    public async Task Every_programme_endpoint_refuses_without_a_credential_a_wrong_one_and_a_revoked_link()
    {
        await using var app = TestApp.Start(settings: Settings);
        var office = AsOffice(app);
        var revoked = await office.NewFacilitatorAsync("离职的老师");
        Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(HttpMethod.Post, $"/api/office/facilitators/{revoked.Facilitator.FacilitatorId}/revoke")).StatusCode);
        var honest = await office.NewFacilitatorAsync("王老师");
        string[] paths = ["/api/programme/numbers", "/api/programme/numbers?format=svg", "/api/programme/facilitators", "/api/programme/actions",
            "/api/programme/actions?format=ics"];
        foreach (var path in paths)
        {
            Assert.Equal(RejectionCode.InvalidFacilitatorLink, await AttackSupport.CodeOf(await Nobody(app).SendAsync(HttpMethod.Get, path)));
            Assert.Equal(RejectionCode.InvalidOfficeKey, await AttackSupport.CodeOf(
                await new OfficeClient(app, CredentialHeaders.OfficeKey, "not-the-office-key-at-all").SendAsync(HttpMethod.Get, path)));
            Assert.Equal(RejectionCode.InvalidFacilitatorLink, await AttackSupport.CodeOf(await AsFacilitator(app, revoked.Link).SendAsync(HttpMethod.Get, path)));
            // Honest use carries on.
            Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(HttpMethod.Get, path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await AsFacilitator(app, honest.Link).SendAsync(HttpMethod.Get, path)).StatusCode);
        }
    }

    [Fact]
    public async Task Facilitator_records_show_the_office_everyone_and_a_facilitator_themselves()
    {
        await using var app = TestApp.Start(settings: Settings);
        var (hers, other, wang) = await TwoClassesAsync(app);
        await using (hers)
        await using (other)
        {
            await AsOffice(app).NewFacilitatorAsync("周老师", "组织部");

            var all = await AsOffice(app).GetAsync<List<FacilitatorTally>>("/api/programme/facilitators");
            var own = await AsFacilitator(app, wang.Link).GetAsync<List<FacilitatorTally>>("/api/programme/facilitators");

            // Rule PN7
            Assert.Equal([("王老师", 1, 1, 3, 3, 1), ("周老师", 0, 0, 0, 0, 0)],
                all.Select(f => (f.Name, f.Workshops, f.Groups, f.Trainees, f.ActionsMade, f.ActionsDone)));
            Assert.Equal(["王老师"], own.Select(f => f.Name));
        }
    }

    [Fact]
    public async Task Tables_come_as_csv_charts_as_svg_and_reminders_as_icalendar_with_alarms()
    {
        await using var app = TestApp.Start(settings: Settings);
        var (hers, other, _) = await TwoClassesAsync(app);
        await using (hers)
        await using (other)
        {
            async Task<string> Text(string path)
            {
                var response = await AsOffice(app).SendAsync(HttpMethod.Get, path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.Content.ReadAsStringAsync();
            }

            var summary = await Text("/api/programme/numbers?format=csv&table=summary");
            var units = await Text("/api/programme/numbers?format=csv&table=units");
            var months = await Text("/api/programme/numbers?format=csv&table=months");
            var facilitators = await Text("/api/programme/facilitators?format=csv");
            var actions = await Text("/api/programme/actions?format=csv");
            var ics = await Text("/api/programme/actions?format=ics");
            var svg = XElement.Parse(await Text("/api/programme/numbers?format=svg"));

            Assert.Contains("\"工作坊\",\"2\"", summary);
            Assert.Contains("\"完成率\",\"25%\"", summary);
            Assert.Contains("\"市财政局\",\"1\",\"1\",\"100%\"", units);
            Assert.Contains("\"未填单位\",\"3\",\"0\",\"0%\"", units);
            Assert.Equal(2, months.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // one month: both made today
            Assert.Contains("\"王老师\",\"市委党校\",\"1\"", facilitators);
            Assert.Contains("\"科长班\",\"1\",\"陈静\"", actions);
            Assert.Equal(3, ics.Split("BEGIN:VEVENT").Length - 1); // every open item has a due date: 李雷's, 张总's, 陈静's
            Assert.Equal(3, ics.Split("BEGIN:VALARM").Length - 1);
            Assert.Contains("TRIGGER:-PT15H", ics);
            Assert.Contains("每月工作坊数", svg.Descendants().Select(e => e.Value));
            Assert.Equal(RejectionCode.MalformedMessage,
                await AttackSupport.CodeOf(await AsOffice(app).SendAsync(HttpMethod.Get, "/api/programme/numbers?from=2026-05-01&to=2026-01-01")));
        }
    }
}
