using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Office;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Tests.Office;

/// <summary>The programme pages (rules O1, O2): the credential from the link's fragment, sent in its header, and what each may see.</summary>
public class OfficePageTests : WorkshopTestContext
{
    /// <summary>The page as its link opens it; the browser's storage then holds the key from the fragment.</summary>
    private IRenderedComponent<OfficePage> Open(string path)
    {
        var key = path[(path.IndexOf("#key=", StringComparison.Ordinal) + 5)..];
        JSInterop.Setup<string?>("localStorage.getItem", path.StartsWith("/office") ? "wb.office-key" : "wb.facilitator-link").SetResult(key);
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return Render<OfficePage>();
    }

    [Fact]
    public void A_facilitator_link_opens_their_own_workshops_only_with_the_key_in_its_header()
    {
        Http.Answer = request => request.RequestUri!.AbsolutePath switch
        {
            "/api/office/me" => StubHttpHandler.Json(new ProgrammeIdentity(false, Guid.NewGuid(), "王老师", "市委党校")),
            "/api/office/workshops" => StubHttpHandler.Json(new List<ProgrammeWorkshop>
                { new(Guid.NewGuid(), "K7M2QX", "青干班", DateTimeOffset.UnixEpoch, 3, null, "王老师") }),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };

        var cut = Open("/mine#key=the-facilitators-key");

        cut.WaitForAssertion(() => Assert.Equal("王老师 · 市委党校", cut.Find("[data-testid=programme-who]").TextContent));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=programme-workshop]")));
        Assert.Empty(cut.FindAll("[data-testid=programme-view-facilitators]"));
        Assert.Empty(cut.FindAll("[data-testid=office-delete]"));
        Assert.All(Http.Requests, r => Assert.Equal("the-facilitators-key", r.Request.Headers.GetValues(CredentialHeaders.FacilitatorLink).Single()));
        Assert.All(Http.Requests, r => Assert.DoesNotContain("key", r.Request.RequestUri!.Query));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "localStorage.setItem"
            && i.Arguments.SequenceEqual(["wb.facilitator-link", "the-facilitators-key"]));
    }

    [Fact]
    public void A_refused_office_key_is_said_and_forgotten()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.InvalidOfficeKey, "培训办链接无效"), HttpStatusCode.Forbidden);

        var cut = Open("/office#key=a-guess");

        cut.WaitForAssertion(() => Assert.Contains("培训办链接无效", cut.Find("[data-testid=error-message]").TextContent));
        Assert.Equal("a-guess", Http.Requests.Single().Request.Headers.GetValues(CredentialHeaders.OfficeKey).Single());
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "localStorage.removeItem" && (string)i.Arguments[0]! == "wb.office-key");
        Assert.Empty(cut.FindAll("[data-testid=programme-view-workshops]"));
    }
}
