using System.Net;
using System.Text;
using Whiteboard.Client.Reports;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Reports;

/// <summary>The case report for the facilitator: the print-ready page in a new tab, Markdown and JSON downloads.</summary>
public class ReportButtonsTests : WorkshopTestContext
{
    private const string Html = "<!DOCTYPE html><html><body><h1>案例报告</h1></body></html>";

    public ReportButtonsTests()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        Http.Answer = request => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(request.RequestUri!.Query == "?format=md" ? "# 案例报告" : Html, Encoding.UTF8, "text/html"),
        };
    }

    private IRenderedComponent<ReportButtons> RenderButtons(Action<RejectionCode>? onProblem = null) =>
        Render<ReportButtons>(p => p.Add(c => c.Code, "K7M2QX").Add(c => c.OnProblem, code => onProblem?.Invoke(code)));

    [Fact]
    public void The_print_view_opens_in_a_new_Tab_from_the_fetched_page()
    {
        var objectUrl = JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:report");
        var open = JSInterop.Setup<bool>("whiteboard.openUrl", "blob:report").SetResult(true);
        var cut = RenderButtons();

        cut.Find("[data-testid=open-report]").Click();

        cut.WaitForAssertion(() => Assert.Single(open.Invocations));
        Assert.Equal(Html, objectUrl.Invocations.Single().Arguments[0]);
        var request = Assert.Single(Http.Requests).Request;
        Assert.Equal("/api/workshops/K7M2QX/report?format=html", request.RequestUri!.PathAndQuery);
        Assert.Equal(["f-secret"], request.Headers.GetValues("X-Facilitator-Secret"));
        Assert.Empty(cut.FindAll("[data-testid=report-link]"));
    }

    [Fact]
    public void When_the_browser_blocks_the_new_Tab_a_link_is_offered()
    {
        JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:report");
        JSInterop.Setup<bool>("whiteboard.openUrl", _ => true).SetResult(false);
        var cut = RenderButtons();

        cut.Find("[data-testid=open-report]").Click();

        cut.WaitForAssertion(() => Assert.Equal("blob:report", cut.Find("[data-testid=report-link]").GetAttribute("href")));
    }

    [Fact]
    public void The_Markdown_report_is_downloaded()
    {
        var save = JSInterop.SetupVoid("whiteboard.saveText", _ => true);
        var cut = RenderButtons();

        cut.Find("[data-testid=export-report-md]").Click();

        cut.WaitForAssertion(() => Assert.Single(save.Invocations));
        Assert.Equal(["report-K7M2QX.md", "# 案例报告"], save.Invocations.Single().Arguments.Take(2));
    }

    [Fact]
    public void A_refused_report_says_why_and_opens_nothing()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.InvalidFacilitatorSecret, "no"), HttpStatusCode.Forbidden);
        var open = JSInterop.Setup<bool>("whiteboard.openUrl", _ => true).SetResult(true);
        RejectionCode? reported = null;
        var cut = RenderButtons(code => reported = code);

        cut.Find("[data-testid=open-report]").Click();

        cut.WaitForAssertion(() => Assert.Equal(RejectionCode.InvalidFacilitatorSecret, reported));
        Assert.Empty(open.Invocations);
    }
}
