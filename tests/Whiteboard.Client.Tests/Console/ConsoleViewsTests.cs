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
    public void A_Facilitator_Switches_To_The_Action_Items_And_Back_To_The_Groups()
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
    public void The_Case_Report_Is_Offered_To_Facilitators_Only()
    {
        var asFacilitator = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        Assert.Single(asFacilitator.FindAll("[data-testid=open-report]"));

        var asObserver = RenderConsole(Workshop.SessionFor(Workshop.Observer, Time));
        Assert.Empty(asObserver.FindAll("[data-testid=open-report]"));
        Assert.Empty(asObserver.FindAll("[data-testid=console-view-actions]"));
    }
}
