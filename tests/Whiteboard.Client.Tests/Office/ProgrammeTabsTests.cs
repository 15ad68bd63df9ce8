using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Office;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Office;

/// <summary>The programme's own tabs on the office's page and a facilitator's (rules PN7, PN8): both have them, with their credential.</summary>
public class ProgrammeTabsTests : WorkshopTestContext
{
    private IRenderedComponent<OfficePage> Open(string path, ProgrammeIdentity me)
    {
        JSInterop.Setup<string?>("localStorage.getItem", path.StartsWith("/office") ? "wb.office-key" : "wb.facilitator-link").SetResult("the-key");
        Http.Answer = request => request.RequestUri!.AbsolutePath switch
        {
            "/api/office/me" => StubHttpHandler.Json(me),
            "/api/office/workshops" => StubHttpHandler.Json(new List<ProgrammeWorkshop>()),
            "/api/programme/facilitators" => StubHttpHandler.Json(new List<FacilitatorTally>
                { new(me.FacilitatorId ?? Guid.NewGuid(), me.Name ?? "王老师", "", false, 1, 2, 6, 4, 1, 0) }),
            "/api/programme/actions" => StubHttpHandler.Json(new List<OpenActionItem>()),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        Services.GetRequiredService<NavigationManager>().NavigateTo(path + "#key=the-key");
        return Render<OfficePage>();
    }

    [Fact]
    public void A_facilitator_has_open_actions_numbers_and_their_record_but_not_the_offices_own_tabs()
    {
        var cut = Open("/mine", new ProgrammeIdentity(false, Guid.NewGuid(), "李老师", ""));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=programme-view-records]")));
        Assert.NotNull(cut.Find("[data-testid=programme-view-actions]"));
        Assert.NotNull(cut.Find("[data-testid=programme-view-numbers]"));
        Assert.Empty(cut.FindAll("[data-testid=programme-view-facilitators]"));
        cut.Find("[data-testid=programme-view-records]").Click();
        cut.WaitForAssertion(() => Assert.Contains("李老师", cut.Find("[data-testid=facilitator-record]").TextContent));
        Assert.Contains(Http.Requests, r => r.Request.RequestUri!.AbsolutePath == "/api/programme/facilitators"
            && r.Request.Headers.GetValues(CredentialHeaders.FacilitatorLink).Single() == "the-key");
    }

    [Fact]
    public void The_office_opens_the_open_actions_tab_with_its_key()
    {
        var cut = Open("/office", new ProgrammeIdentity(true, null, null, null));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=programme-view-actions]")));
        cut.Find("[data-testid=programme-view-actions]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=open-actions-empty]")));
        Assert.Contains(Http.Requests, r => r.Request.RequestUri!.AbsolutePath == "/api/programme/actions"
            && r.Request.Headers.GetValues(CredentialHeaders.OfficeKey).Single() == "the-key");
    }
}
