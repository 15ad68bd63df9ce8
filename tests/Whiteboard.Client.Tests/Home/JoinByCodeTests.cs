using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Home;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Client.Tests.Home;

/// <summary>The start page's code form looks the code up before the board's page asks a name (rule S4 keeps it one lookup).</summary>
public class JoinByCodeTests : WorkshopTestContext
{
    private static readonly WorkshopSummary Found = new(Guid.NewGuid(), "K7M2QX", "处级干部进修班", BoardLanguage.ZhCn,
        WorkshopTemplate.ActionLearning, [new GroupSummary(Guid.NewGuid(), 1, 3, 0, null)]);

    private string Address => Services.GetRequiredService<NavigationManager>().Uri;

    private IRenderedComponent<JoinByCodeForm> Type(string code)
    {
        var cut = Render<JoinByCodeForm>();
        cut.Find("[data-testid=code-input]").Input(code);
        cut.Find("form").Submit();
        return cut;
    }

    [Fact]
    public void A_wrong_code_is_refused_where_it_was_typed_and_no_page_opens()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.BoardNotFound, "server words"), HttpStatusCode.NotFound);

        var cut = Type("wrong2");

        cut.WaitForAssertion(() => Assert.Equal("找不到这个白板，请检查加入码。", cut.Find("[data-testid=error-message] span").TextContent));
        Assert.Equal("/api/workshops/WRONG2", Assert.Single(Http.Requests).Request.RequestUri!.AbsolutePath);
        Assert.Equal("http://localhost/", Address);
    }

    [Fact]
    public void Too_many_wrong_codes_say_when_to_try_again()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.TooManyAttempts, "server words", 60), HttpStatusCode.TooManyRequests);

        var cut = Type("ABCDEF");

        cut.WaitForAssertion(() => Assert.Equal("请 60 秒后再试。", cut.Find("[data-testid=retry-after]").TextContent.Trim()));
        cut.Find("[data-testid=code-input]").Input("ABCDEG");
        Assert.Empty(cut.FindAll("[data-testid=error-message]")); // typing again clears it
    }

    [Fact]
    public async Task A_found_code_opens_its_page_which_looks_nothing_up_again()
    {
        Http.Answer = _ => StubHttpHandler.Json(Found);

        var cut = Type("k7m2qx");

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/b/K7M2QX", Address));
        var entry = Services.GetRequiredService<WorkshopEntry>();
        Assert.Equal("处级干部进修班", (await entry.FindAsync("K7M2QX")).Value!.Title);
        Assert.Single(Http.Requests);
        await entry.FindAsync("K7M2QX"); // handed over once: a later visit asks again
        Assert.Equal(2, Http.Requests.Count);
    }

    [Fact]
    public void A_browser_that_was_in_the_workshop_opens_it_without_a_lookup()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.token.K7M2QX").SetResult("a-token");

        Type("K7M2QX");

        Assert.Equal("http://localhost/b/K7M2QX", Address);
        Assert.Empty(Http.Requests);
    }
}
