using Whiteboard.Client.Console;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Console;

/// <summary>The console's views after the class: the groups, every action item, participation — for facilitators.</summary>
public class ConsoleViewsTests : WorkshopTestContext
{
    public ConsoleViewsTests() => Http.Answer = _ => StubHttpHandler.Json(new List<Core.Protocol.Http.ActionOverviewItem>());

    private IRenderedComponent<WorkshopConsole> RenderConsole(WorkshopSession session) =>
        Render<WorkshopConsole>(p => p.Add(c => c.Session, session).Add(c => c.Code, TestWorkshop.Code));

    [Fact]
    public void A_facilitator_switches_to_the_action_items_and_back_to_the_groups()
    {
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        Assert.Equal(2, cut.FindAll("[data-testid=group-card]").Count);

        cut.Find("[data-testid=console-view-actions]").Click();

        cut.WaitForElement("[data-testid=actions-overview]");
        Assert.Empty(cut.FindAll("[data-testid=group-card]"));
        Assert.Equal("true", cut.Find("[data-testid=console-view-actions]").GetAttribute("aria-pressed"));

        cut.Find("[data-testid=console-view-groups]").Click();
        Assert.Equal(2, cut.FindAll("[data-testid=group-card]").Count);
    }

    [Fact]
    public void The_case_report_is_offered_to_facilitators_only()
    {
        var asFacilitator = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        Assert.Single(asFacilitator.FindAll("[data-testid=open-report]"));

        var asObserver = RenderConsole(Workshop.SessionFor(Workshop.Observer, Time));
        Assert.Empty(asObserver.FindAll("[data-testid=open-report]"));
        Assert.Empty(asObserver.FindAll("[data-testid=console-view-actions]"));
    }
}
