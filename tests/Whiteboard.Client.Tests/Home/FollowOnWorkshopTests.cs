using System.Net;
using System.Text.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Home;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Client.Workshops;

namespace Whiteboard.Client.Tests.Home;

/// <summary>A workshop made from an earlier one brings its open action items along (rule A8).</summary>
public class FollowOnWorkshopTests : WorkshopTestContext
{
    private static readonly CreateWorkshopResponse Created = new(Guid.NewGuid(), "N3W7AB", "http://wb.test/b/N3W7AB",
        "http://wb.test/b/N3W7AB#facilitator=new-secret", "http://wb.test/b/N3W7AB#observer=o", [new GroupInfo(Guid.NewGuid(), 1)]);

    /// <summary>The facilitator names a new workshop, gives the earlier one (as typed or pasted) and creates it.</summary>
    private IRenderedComponent<HomePage> CreateFrom(string earlier)
    {
        var cut = Render<HomePage>();
        cut.Find("[data-testid=new-workshop-title]").Input("第四单元");
        cut.Find("[data-testid=new-workshop-from]").Input(earlier);
        cut.Find("[data-testid=create-workshop]").Click();
        return cut;
    }

    private CreateWorkshopRequest Sent() =>
        JsonSerializer.Deserialize<CreateWorkshopRequest>(Assert.Single(Http.Requests).Body, WireJson.Options)!;

    [Fact]
    public void The_earlier_workshops_code_is_sent_with_the_facilitator_secret_this_browser_keeps()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("earlier-secret");
        Http.Answer = _ => StubHttpHandler.Json(Created, HttpStatusCode.Created);
        var cut = CreateFrom("k7m2qx");

        cut.WaitForElement("[data-testid=created-workshop]");
        var sent = Sent();
        Assert.Equal(("K7M2QX", "earlier-secret"), (sent.FromCode, sent.FromFacilitatorSecret));
    }

    [Fact]
    public void On_another_computer_the_earlier_workshops_facilitator_link_can_be_pasted()
    {
        Http.Answer = _ => StubHttpHandler.Json(Created, HttpStatusCode.Created);
        var cut = CreateFrom(" https://whiteboard.dangxiao.cn/b/k7m2qx#facilitator=earlier-secret_1 ");

        cut.WaitForElement("[data-testid=created-workshop]");
        var sent = Sent();
        Assert.Equal(("K7M2QX", "earlier-secret_1"), (sent.FromCode, sent.FromFacilitatorSecret));
    }

    [Theory]
    [InlineData("K7M2QX")]
    [InlineData("http://wb.test/b/K7M2QX")]
    [InlineData("http://wb.test/b/K7M2QX#observer=o")]
    [InlineData("http://wb.test/b/K7M2QX#facilitator=")]
    [InlineData("http://wb.test/b/K7M2QX#facilitator=a b")]
    [InlineData("http://wb.test/b/K7M2QX#facilitator=a&b=c")]
    [InlineData("http://wb.test/b/K7M2Q#facilitator=s")]
    [InlineData("http://wb.test/x/K7M2QX#facilitator=s")]
    [InlineData("http://wb.test/b/K7M2Q!#facilitator=s")]
    [InlineData("/K7M2QX#facilitator=s")]
    public void Only_a_facilitator_link_carries_a_secret(string text) => Assert.Null(FacilitatorLink.Parse(text));

    [Theory]
    [InlineData("http://wb.test/b/k7m2qx#facilitator=s3cr%2Bt", "K7M2QX", "s3cr+t")]
    [InlineData("/b/K7M2QX/#facilitator=abc", "K7M2QX", "abc")]
    [InlineData("  wb.test/b/A1B2C3#facilitator=x-y_z  ", "A1B2C3", "x-y_z")]
    public void A_facilitator_link_gives_its_code_and_secret(string text, string code, string secret) =>
        Assert.Equal((code, secret), FacilitatorLink.Parse(text));

    [Fact]
    public void A_browser_that_was_not_the_earlier_workshops_facilitator_is_told_so_and_nothing_is_created()
    {
        var cut = CreateFrom("K7M2QX");

        cut.WaitForAssertion(() => Assert.Contains("K7M2QX", cut.Find("[data-testid=from-not-facilitator]").TextContent));
        Assert.Empty(Http.Requests);
    }

    [Fact]
    public void A_refusal_of_the_earlier_workshop_is_shown()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("stale-secret");
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.InvalidFacilitatorSecret, "no"), HttpStatusCode.Forbidden);
        var cut = CreateFrom("K7M2QX");

        cut.WaitForElement("[data-testid=error-message]");
        Assert.Empty(cut.FindAll("[data-testid=created-workshop]"));
    }
}
