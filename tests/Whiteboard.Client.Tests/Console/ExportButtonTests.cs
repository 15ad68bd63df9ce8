using System.Net;
using System.Text;
using Whiteboard.Client.Console;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Console;

public class ExportButtonTests : WorkshopTestContext
{
    private const string ExportJson = """{"code":"K7M2QX","boards":[]}""";

    [Fact]
    public void Export_downloads_the_facilitators_full_view_with_the_secret_in_a_header()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        var save = JSInterop.SetupVoid("whiteboard.saveText", _ => true);
        Http.Answer = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(ExportJson, Encoding.UTF8, "application/json") };
        var cut = Render<ExportButton>(p => p.Add(c => c.Code, "K7M2QX"));

        cut.Find("[data-testid=export-workshop]").Click();

        cut.WaitForAssertion(() => Assert.Single(save.Invocations));
        var request = Assert.Single(Http.Requests).Request;
        Assert.Equal("/api/workshops/K7M2QX/export", request.RequestUri!.AbsolutePath);
        Assert.Equal(["f-secret"], request.Headers.GetValues("X-Facilitator-Secret"));
        Assert.DoesNotContain("f-secret", request.RequestUri.ToString());
        var arguments = save.Invocations.Single().Arguments;
        Assert.StartsWith("whiteboard-K7M2QX-", (string)arguments[0]!);
        Assert.EndsWith(".json", (string)arguments[0]!);
        Assert.Equal(ExportJson, arguments[1]);
    }

    [Fact]
    public void A_refused_export_reports_the_reason_and_saves_nothing()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("wrong");
        var save = JSInterop.SetupVoid("whiteboard.saveText", _ => true);
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.InvalidFacilitatorSecret, "no"), HttpStatusCode.Forbidden);
        RejectionCode? reported = null;
        var cut = Render<ExportButton>(p => p.Add(c => c.Code, "K7M2QX").Add(c => c.OnProblem, code => reported = code));

        cut.Find("[data-testid=export-workshop]").Click();

        cut.WaitForAssertion(() => Assert.Equal(RejectionCode.InvalidFacilitatorSecret, reported));
        Assert.Empty(save.Invocations);
    }
}
