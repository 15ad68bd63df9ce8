using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Client.Tests.Workshops;

/// <summary>
/// Opening a workshop's link with no identity in it: the code is looked up before any name is asked (one lookup, rule
/// S4), and a facilitator's link asks a name only, with no connection badge while nothing is connecting.
/// </summary>
public class WorkshopGateTests : WorkshopTestContext
{
    private static readonly WorkshopSummary Found = new(Guid.NewGuid(), TestWorkshop.Code, "处级干部进修班", BoardLanguage.ZhCn,
        WorkshopTemplate.ActionLearning, [new GroupSummary(Guid.NewGuid(), 1, 3, 0, null), new GroupSummary(Guid.NewGuid(), 2, 2, 0, null)]);

    private IRenderedComponent<BoardPage> Open(string address, string code)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        return Render<BoardPage>(p => p.Add(b => b.Code, code));
    }

    [Fact]
    public void A_join_link_with_an_unknown_code_says_so_and_asks_no_name()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.BoardNotFound, "server words"), HttpStatusCode.NotFound);

        var cut = Open("b/WRONG2", "WRONG2");

        cut.WaitForAssertion(() => Assert.Contains("找不到这个白板", cut.Find("[data-testid=entry-refused]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=display-name]"));
        Assert.Equal("/api/workshops/WRONG2", Assert.Single(Http.Requests).Request.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void A_join_link_asks_a_trainee_their_name_and_place_once_the_code_is_found()
    {
        Http.Answer = _ => StubHttpHandler.Json(Found);

        var cut = Open("b/K7M2QX", "K7M2QX");

        cut.WaitForElement("[data-testid=display-name]");
        Assert.Equal("处级干部进修班", cut.Find("[data-testid=board-title]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=location-remote]"));
        Assert.Empty(cut.FindAll("[data-testid=connection-status]")); // nothing is connecting yet: no badge to worry about
        Assert.Single(Http.Requests);
    }

    [Fact]
    public void A_facilitator_link_asks_only_a_name()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        Http.Answer = _ => StubHttpHandler.Json(Found);

        var cut = Open("b/K7M2QX#facilitator=f-secret", "K7M2QX");

        cut.WaitForElement("[data-testid=display-name]");
        Assert.Equal("Facilitator", cut.Find("[data-testid=join-form]").GetAttribute("data-role"));
        Assert.Equal("以促进师身份进入", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=location-in-room], [data-testid=location-remote]"));
        Assert.Empty(cut.FindAll("[data-testid=connection-status]"));
    }

    [Fact]
    public void Too_many_unknown_codes_from_this_address_say_when_to_try_again()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.TooManyAttempts, "server words", 600), HttpStatusCode.TooManyRequests);

        var cut = Open("b/ABCDEF", "ABCDEF");

        cut.WaitForAssertion(() => Assert.Equal("请 10 分钟后再试。", cut.Find("[data-testid=retry-after]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=display-name]"));
    }
}
