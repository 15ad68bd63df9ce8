using System.Net;
using System.Text;
using Whiteboard.Client.ActionItems;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.ActionItems;

/// <summary>The facilitator's overview of every action item of the workshop (rules A4–A6).</summary>
public class ActionsOverviewTests : WorkshopTestContext
{
    private readonly List<ActionOverviewItem> _items = [];
    private int _loads;

    public ActionsOverviewTests()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        Http.Answer = request => request.RequestUri!.Query switch
        {
            "?format=json" => Count(StubHttpHandler.Json(_items.ToList())),
            "?format=csv" => Text("\"组\",\"行动\"\r\n", "text/csv"),
            "?format=slips" => Text("<h1>跟进卡片</h1>", "text/html"),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage Count(HttpResponseMessage response)
    {
        _loads++;
        return response;
    }

    private static HttpResponseMessage Text(string text, string type) => new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, type) };

    private ActionOverviewItem Item(int group, string what, string owner, ActionStatus status, DateOnly? due, bool overdue = false) =>
        AddItem(new ActionOverviewItem(Workshop[group].BoardId, group, Guid.NewGuid(), what, owner, true, due, status, "",
            TestWorkshop.Start, overdue, $"http://wb.test/f#t={owner}-token"));

    private ActionOverviewItem AddItem(ActionOverviewItem item)
    {
        _items.Add(item);
        return item;
    }

    private IRenderedComponent<ActionsOverview> RenderOverview(WorkshopSession? session = null) =>
        Render<ActionsOverview>(p => p.Add(c => c.Session, session ?? Workshop.SessionFor(Workshop.Facilitator, Time)).Add(c => c.Code, TestWorkshop.Code));

    private static List<string?> RowIds(IRenderedComponent<ActionsOverview> cut) =>
        [.. cut.FindAll("[data-testid=actions-row]").Select(r => r.GetAttribute("data-action-id"))];

    [Fact]
    public void Every_item_is_shown_by_group_with_overdue_ones_marked()
    {
        var late = Item(2, "上报方案", "赵强", ActionStatus.InProgress, new DateOnly(2025, 2, 20), overdue: true);
        var first = Item(1, "梳理审批流程", "李明", ActionStatus.NotStarted, new DateOnly(2025, 3, 20));
        var done = Item(1, "约谈处室", "张伟", ActionStatus.Done, new DateOnly(2025, 2, 10));

        var cut = RenderOverview();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=actions-row]").Count));
        Assert.Equal(["第 1 组 · 2", "第 2 组 · 1"], cut.FindAll("[data-testid=actions-group]").Select(h => h.TextContent));
        Assert.Equal([done.ActionItemId.ToString(), first.ActionItemId.ToString(), late.ActionItemId.ToString()], RowIds(cut));
        Assert.Equal(["false", "false", "true"], cut.FindAll("[data-testid=actions-row]").Select(r => r.GetAttribute("data-overdue")));
        Assert.Single(cut.FindAll("[data-testid=overdue-badge]"));
        Assert.Equal("共 3 项 · 已完成 1 · 逾期 1", cut.Find("[data-testid=actions-summary]").TextContent.Trim());
        var request = Assert.Single(Http.Requests).Request;
        Assert.Equal("/api/workshops/K7M2QX/actions", request.RequestUri!.AbsolutePath);
        Assert.Equal(["f-secret"], request.Headers.GetValues("X-Facilitator-Secret"));
    }

    [Fact]
    public void Items_are_filtered_by_status_by_overdue_and_by_group()
    {
        var blocked = Item(1, "梳理审批流程", "李明", ActionStatus.Blocked, null);
        Item(1, "约谈处室", "张伟", ActionStatus.Done, null);
        var late = Item(2, "上报方案", "赵强", ActionStatus.InProgress, new DateOnly(2025, 2, 20), overdue: true);
        var cut = RenderOverview();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=actions-row]").Count));

        cut.Find("[data-testid=actions-filter-status]").Change("Blocked");
        Assert.Equal([blocked.ActionItemId.ToString()], RowIds(cut));

        cut.Find("[data-testid=actions-filter-status]").Change("overdue");
        Assert.Equal([late.ActionItemId.ToString()], RowIds(cut));

        cut.Find("[data-testid=actions-filter-status]").Change("");
        cut.Find("[data-testid=actions-filter-group]").Change("2");
        Assert.Equal([late.ActionItemId.ToString()], RowIds(cut));
    }

    [Fact]
    public void Items_are_sorted_by_due_date_owner_or_status()
    {
        var march = Item(1, "梳理审批流程", "李明", ActionStatus.NotStarted, new DateOnly(2025, 3, 20));
        var none = Item(1, "约谈处室", "张伟", ActionStatus.Blocked, null);
        var february = Item(2, "上报方案", "赵强", ActionStatus.InProgress, new DateOnly(2025, 2, 20));
        var cut = RenderOverview();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=actions-row]").Count));

        cut.Find("[data-testid=actions-sort]").Change(ActionsOrder.ByDue);
        Assert.Equal([february.ActionItemId.ToString(), march.ActionItemId.ToString(), none.ActionItemId.ToString()], RowIds(cut));
        Assert.Empty(cut.FindAll("[data-testid=actions-group]"));

        cut.Find("[data-testid=actions-sort]").Change(ActionsOrder.ByStatus);
        Assert.Equal([none.ActionItemId.ToString(), march.ActionItemId.ToString(), february.ActionItemId.ToString()], RowIds(cut));
    }

    [Fact]
    public void An_owners_follow_up_link_is_copied()
    {
        var item = Item(1, "梳理审批流程", "李明", ActionStatus.NotStarted, null);
        var copy = JSInterop.Setup<bool>("whiteboard.copyText", item.FollowUpUrl).SetResult(true);
        var cut = RenderOverview();

        cut.WaitForElement("[data-testid=copy-follow-up]").Click();

        Assert.Single(copy.Invocations);
        cut.WaitForAssertion(() => Assert.Equal("已复制", cut.Find("[data-testid=copy-follow-up]").TextContent.Trim()));
    }

    [Fact]
    public void The_csv_export_is_saved_with_a_byte_order_mark_for_Excel()
    {
        var save = JSInterop.SetupVoid("whiteboard.saveText", _ => true);
        var cut = RenderOverview();

        cut.Find("[data-testid=export-actions-csv]").Click();

        cut.WaitForAssertion(() => Assert.Single(save.Invocations));
        var arguments = save.Invocations.Single().Arguments;
        Assert.Equal("actions-K7M2QX.csv", arguments[0]);
        Assert.Equal("\uFEFF\"组\",\"行动\"\r\n", arguments[1]);
        var request = Http.Requests.Single(r => r.Request.RequestUri!.Query == "?format=csv").Request;
        Assert.Equal(["f-secret"], request.Headers.GetValues("X-Facilitator-Secret"));
    }

    [Fact]
    public async Task An_item_changing_on_a_board_loads_the_overview_again()
    {
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);
        var cut = RenderOverview(session);
        cut.WaitForAssertion(() => Assert.Equal(1, _loads));
        var item = Item(1, "梳理审批流程", "李明", ActionStatus.NotStarted, null);

        await cut.InvokeAsync(() => session.Group(1)!.ReceiveAsync([Workshop.Event(Workshop[1].Seq + 1,
            new ActionItemCreated(item.ActionItemId, "action", null, item.What, null, item.OwnerName, null), Workshop.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=actions-row]")));
        Assert.Equal(2, _loads);
    }

    [Fact]
    public void The_follow_up_slips_open_in_a_new_Tab_fetched_with_the_secret()
    {
        var objectUrl = JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:slips");
        var open = JSInterop.Setup<bool>("whiteboard.openUrl", "blob:slips").SetResult(true);
        var cut = RenderOverview();

        cut.Find("[data-testid=open-follow-up-slips]").Click();

        cut.WaitForAssertion(() => Assert.Single(open.Invocations));
        Assert.Equal("<h1>跟进卡片</h1>", objectUrl.Invocations.Single().Arguments[0]);
        var request = Http.Requests.Single(r => r.Request.RequestUri!.Query == "?format=slips").Request;
        Assert.Equal(["f-secret"], request.Headers.GetValues("X-Facilitator-Secret"));
    }
}
