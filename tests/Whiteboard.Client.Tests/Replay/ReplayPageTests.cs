using Whiteboard.Client.Replay;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Replay;

/// <summary>The replay page: the group's whole history, page by page, with the facilitator secret this browser keeps.</summary>
public class ReplayPageTests : WorkshopTestContext
{
    private readonly RecordedSession _session = new RecordedSession().Advance().Note("会议太多", "problem", 100).Note("审批慢", "problem", 300);

    public ReplayPageTests()
    {
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true)
            .SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 600));
    }

    private WorkshopSummary Summary => new(Workshop.WorkshopId, TestWorkshop.Code, "处级干部进修班", BoardLanguage.ZhCn,
        Core.Workshops.WorkshopTemplate.ActionLearning, [new GroupSummary(Guid.NewGuid(), 1, 2, 0, null), new GroupSummary(_session.BoardId, 2, 2, 2, "problem")]);

    [Fact]
    public void Every_page_of_the_groups_history_is_fetched_with_the_secret_and_replayed()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        var events = _session.Events;
        Http.Answer = request => request.RequestUri!.AbsolutePath.EndsWith("/history")
            ? StubHttpHandler.Json(request.RequestUri.Query == "?after=0"
                ? new CatchUpResult(events.Take(4).ToList(), true)
                : new CatchUpResult(events.Skip(4).ToList(), false))
            : StubHttpHandler.Json(Summary);

        var cut = Render<ReplayPage>(p => p.Add(c => c.Code, "k7m2qx").Add(c => c.GroupNumber, 2));

        cut.WaitForAssertion(() => Assert.Equal(events.Count.ToString(), cut.Find("[data-testid=replay]").GetAttribute("data-end")));
        var history = Http.Requests.Where(r => r.Request.RequestUri!.AbsolutePath.EndsWith("/history")).Select(r => r.Request).ToList();
        Assert.Equal([$"?after=0", $"?after={events[3].Seq}"], history.Select(r => r.RequestUri!.Query));
        Assert.All(history, r => Assert.Equal(["f-secret"], r.Headers.GetValues("X-Facilitator-Secret")));
        Assert.Equal($"/api/workshops/K7M2QX/boards/{_session.BoardId}/history", history[0].RequestUri!.AbsolutePath);
        Assert.Equal(2, cut.FindAll("[data-testid=note]").Count);
    }

    [Fact]
    public void A_browser_that_is_not_the_facilitators_is_told_so()
    {
        var cut = Render<ReplayPage>(p => p.Add(c => c.Code, "K7M2QX").Add(c => c.GroupNumber, 1));

        cut.WaitForAssertion(() => Assert.Contains("不是班次 K7M2QX 的促进师浏览器", cut.Find("[data-testid=error-message]").TextContent));
        Assert.Empty(Http.Requests);
    }
}
