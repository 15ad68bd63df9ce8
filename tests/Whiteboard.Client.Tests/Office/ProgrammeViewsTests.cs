using System.Net;
using Whiteboard.Client.Office;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Office;

/// <summary>
/// The programme's open actions, numbers and facilitator records (rules PN5–PN8) as the office's page shows them: from the
/// server's answers, with the credential in its header.
/// </summary>
public class ProgrammeViewsTests : ClientTestContext
{
    private static readonly ProgrammeKey Office = new("office-key-0123456789", true);
    private static readonly Guid Spring = Guid.NewGuid(), Autumn = Guid.NewGuid();

    public ProgrammeViewsTests()
    {
        Time.SetUtcNow(new DateTimeOffset(2026, 5, 10, 2, 0, 0, TimeSpan.Zero));
    }

    private static OpenActionItem Item(string owner, string? unit, Guid workshop, bool overdue, ActionStatus status = ActionStatus.NotStarted) =>
        new(new OpenAction(workshop, workshop == Spring ? "春季班" : "秋季班", Guid.NewGuid(), 1, Guid.NewGuid(), $"{owner} 的行动", Guid.NewGuid(),
            owner, unit, new DateOnly(2026, overdue ? 4 : 6, 1), status, "", DateTimeOffset.UnixEpoch, overdue), $"http://wb.test/f#t={owner}");

    private List<OpenActionItem> _open =
    [
        Item("王芳", "市财政局", Spring, true, ActionStatus.Blocked),
        Item("李雷", "市税务局", Autumn, false),
        Item("张总", null, Spring, false),
    ];

    private ProgrammeNumbers _numbers = new(new(new(2026, 1, 1), new(2026, 12, 31)), 2, 3, 5, 3, 6.5, 5, 2, 2, 1,
        [new CompletionRow("市财政局", 2, 1), new CompletionRow(null, 3, 1)], [new CompletionRow("王老师", 4, 2), new CompletionRow(null, 1, 0)],
        2, 1, [new MonthRow(2026, 3, 1, 2, 5, 3.0, 4, 2), new MonthRow(2026, 5, 1, 1, 3, 3.5, 1, 0)]);

    private void Serve() => Http.Answer = request => request.RequestUri!.AbsolutePath switch
    {
        "/api/programme/actions" when request.RequestUri.Query.Contains("format=csv") => new HttpResponseMessage(HttpStatusCode.OK)
            { Content = new StringContent("\uFEFF\"工作坊\"") },
        "/api/programme/actions" => StubHttpHandler.Json(_open),
        "/api/programme/numbers" when request.RequestUri.Query.Contains("format=svg") => new HttpResponseMessage(HttpStatusCode.OK)
            { Content = new StringContent("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>") },
        "/api/programme/numbers" => StubHttpHandler.Json(_numbers),
        "/api/programme/facilitators" => StubHttpHandler.Json(new List<FacilitatorTally>
        {
            new(Guid.NewGuid(), "王老师", "市委党校", false, 2, 3, 8, 5, 2, 1),
            new(Guid.NewGuid(), "周老师", "", true, 0, 0, 0, 0, 0, 0),
        }),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    };

    private static List<string> Owners(IRenderedComponent<OpenActionsView> cut) =>
        [.. cut.FindAll("[data-testid=open-action-owner]").Select(e => e.TextContent)];

    [Fact]
    public void Open_actions_keep_the_servers_order_and_send_the_credential_in_a_header()
    {
        Serve();

        var cut = Render<OpenActionsView>(p => p.Add(c => c.Key, Office));

        cut.WaitForAssertion(() => Assert.Equal(["王芳", "李雷", "张总"], Owners(cut)));
        var request = Http.Requests[0].Request;
        Assert.Equal([Office.Value], request.Headers.GetValues(CredentialHeaders.OfficeKey));
        Assert.Equal("true", cut.FindAll("[data-testid=open-action]")[0].GetAttribute("data-overdue"));
        Assert.Contains("3", cut.Find("[data-testid=open-actions-summary]").TextContent);
    }

    [Fact]
    public void Open_actions_filter_by_owner_unit_workshop_and_lateness()
    {
        Serve();
        var cut = Render<OpenActionsView>(p => p.Add(c => c.Key, Office));
        cut.WaitForAssertion(() => Assert.Equal(3, Owners(cut).Count));

        cut.Find("[data-testid=open-actions-owner]").Input("李");
        Assert.Equal(["李雷"], Owners(cut));
        cut.Find("[data-testid=open-actions-owner]").Input("");
        cut.Find("[data-testid=open-actions-unit]").Change(OpenActionsFilter.NoUnit);
        Assert.Equal(["张总"], Owners(cut));
        cut.Find("[data-testid=open-actions-unit]").Change("");
        cut.Find("[data-testid=open-actions-workshop]").Change(Spring.ToString());
        Assert.Equal(["王芳", "张总"], Owners(cut));
        cut.Find("[data-testid=open-actions-overdue]").Change(true);
        Assert.Equal(["王芳"], Owners(cut));
    }

    [Fact]
    public void Open_actions_show_an_owners_report_within_a_few_seconds()
    {
        Serve();
        var cut = Render<OpenActionsView>(p => p.Add(c => c.Key, Office));
        cut.WaitForAssertion(() => Assert.Equal(3, Owners(cut).Count));

        _open = [_open[0] with { Action = _open[0].Action with { Status = ActionStatus.InProgress } }, _open[1]]; // one reported, one done
        Time.Advance(OpenActionsView.RefreshEvery);

        cut.WaitForAssertion(() => Assert.Equal(["王芳", "李雷"], Owners(cut)));
        Assert.Equal("InProgress", cut.FindAll("[data-testid=open-action]")[0].GetAttribute("data-status"));
    }

    [Fact]
    public void Open_actions_offer_each_owners_link_to_copy()
    {
        Serve();

        var cut = Render<OpenActionsView>(p => p.Add(c => c.Key, Office));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=open-action-copy-link]").Count));
    }

    [Fact]
    public void Numbers_show_the_period_tiles_tables_and_chart()
    {
        Serve();
        JSInterop.Setup<string>("whiteboard.objectUrl", i => ((string)i.Arguments[0]!).StartsWith("<svg", StringComparison.Ordinal)).SetResult("blob:chart");

        var cut = Render<ProgrammeNumbersView>(p => p.Add(c => c.Key, Office));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=numbers-summary]")));
        Assert.Equal("2026-01-01", cut.Find("[data-testid=numbers-from]").GetAttribute("value")); // the class's current year
        Assert.Equal("2026-12-31", cut.Find("[data-testid=numbers-to]").GetAttribute("value"));
        Assert.Contains("from=2026-01-01&to=2026-12-31", Http.Requests[0].Request.RequestUri!.Query);
        Assert.Contains("8（现场 5，线上 3）", cut.Find("[data-testid=numbers-trainees]").TextContent);
        Assert.Contains("40%", cut.Find("[data-testid=numbers-rate]").TextContent);
        Assert.Equal(["50%", "33%"], cut.Find("[data-testid=numbers-by-unit]").QuerySelectorAll("[data-testid=completion-rate]").Select(e => e.TextContent));
        Assert.Contains("未填单位", cut.Find("[data-testid=numbers-by-unit]").TextContent);
        Assert.Contains("未用促进师链接创建", cut.Find("[data-testid=numbers-by-facilitator]").TextContent);
        cut.WaitForAssertion(() => Assert.Equal("blob:chart", cut.Find("[data-testid=numbers-chart]").GetAttribute("src")));
    }

    [Fact]
    public void Choosing_a_period_asks_for_its_numbers_and_a_backward_one_is_refused()
    {
        Serve();
        var cut = Render<ProgrammeNumbersView>(p => p.Add(c => c.Key, Office));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=numbers-summary]")));

        cut.Find("[data-testid=numbers-from]").Change("2026-03-01");
        cut.WaitForAssertion(() => Assert.Contains(Http.Requests, r => r.Request.RequestUri!.Query.Contains("from=2026-03-01&to=2026-12-31")));
        var asked = Http.Requests.Count;
        cut.Find("[data-testid=numbers-to]").Change("2026-01-31");

        Assert.Equal(asked, Http.Requests.Count);
        Assert.NotNull(cut.Find("[data-testid=error-message]"));
    }

    [Fact]
    public void Facilitator_records_list_each_facilitator_with_their_rate_and_a_revoked_mark()
    {
        Serve();

        var cut = Render<FacilitatorRecordsView>(p => p.Add(c => c.Key, Office));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=facilitator-record]").Count));
        var rows = cut.FindAll("[data-testid=facilitator-record]");
        Assert.Equal(["40%", "—"], rows.Select(r => r.QuerySelector("[data-testid=record-rate]")!.TextContent));
        Assert.Contains("链接已停用", rows[1].TextContent);
        Assert.Contains("市委党校", rows[0].TextContent);
    }
}
