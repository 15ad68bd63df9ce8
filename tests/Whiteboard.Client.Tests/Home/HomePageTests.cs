using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Home;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Home;

public class HomePageTests : WorkshopTestContext
{
    private static readonly CreateWorkshopResponse Created = new(Guid.NewGuid(), "K7M2QX", "http://wb.test/b/K7M2QX",
        "http://wb.test/b/K7M2QX#facilitator=f-secret", "http://wb.test/b/K7M2QX#observer=o-secret",
        [new GroupInfo(Guid.NewGuid(), 1), new GroupInfo(Guid.NewGuid(), 2), new GroupInfo(Guid.NewGuid(), 3)]);

    private IRenderedComponent<HomePage> RenderHome() => Render<HomePage>();

    [Fact]
    public void Creating_a_workshop_posts_its_title_language_template_and_groups()
    {
        Http.Answer = _ => StubHttpHandler.Json(Created, HttpStatusCode.Created);
        var cut = RenderHome();

        cut.Find("[data-testid=new-workshop-title]").Input("处级干部进修班 · 第三单元");
        cut.Find("[data-testid=new-workshop-template]").Change("OpenBrainstorm");
        cut.Find("[data-testid=new-workshop-groups]").Change("3");
        cut.Find("[data-testid=new-workshop-language]").Change("En");
        cut.Find("[data-testid=create-workshop]").Click();

        cut.WaitForElement("[data-testid=observer-link]");
        var (request, body) = Assert.Single(Http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/workshops", request.RequestUri!.AbsolutePath);
        var sent = JsonSerializer.Deserialize<CreateWorkshopRequest>(body, WireJson.Options)!;
        Assert.Equal(new CreateWorkshopRequest("处级干部进修班 · 第三单元", Core.Boards.BoardLanguage.En,
            Core.Workshops.WorkshopTemplate.OpenBrainstorm, 3), sent);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        Assert.Equal("OpenBrainstorm", json.RootElement.GetProperty("template").GetString());
    }

    [Fact]
    public void A_created_workshop_shows_its_code_links_and_the_way_to_the_console_and_projector()
    {
        Http.Answer = _ => StubHttpHandler.Json(Created, HttpStatusCode.Created);
        var cut = RenderHome();

        cut.Find("[data-testid=new-workshop-title]").Input("第三单元");
        cut.Find("[data-testid=create-workshop]").Click();

        cut.WaitForElement("[data-testid=created-workshop]");
        Assert.Equal("K7M2QX", cut.Find("[data-testid=join-code]").TextContent);
        Assert.Equal("第三单元", cut.Find("[data-testid=workshop-title]").TextContent);
        Assert.Equal("http://wb.test/b/K7M2QX", cut.Find("[data-testid=join-link]").GetAttribute("href"));
        Assert.Equal("http://wb.test/b/K7M2QX#facilitator=f-secret", cut.Find("[data-testid=facilitator-link]").GetAttribute("href"));
        Assert.Equal("http://wb.test/b/K7M2QX#observer=o-secret", cut.Find("[data-testid=observer-link]").GetAttribute("href"));
        Assert.Equal("http://localhost/b/K7M2QX/projector#facilitator=f-secret", cut.Find("[data-testid=open-projector]").GetAttribute("href"));
        Assert.Contains("3", cut.Find(".code-block .hint").TextContent);

        cut.Find("[data-testid=open-console]").Click();

        Assert.Equal("http://localhost/b/K7M2QX/console#facilitator=f-secret", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_workshop_without_a_title_is_refused_before_anything_is_sent()
    {
        var cut = RenderHome();

        cut.Find("[data-testid=create-workshop]").Click();

        Assert.NotEmpty(cut.Find("[data-testid=error-message]").TextContent.Trim());
        Assert.Empty(Http.Requests);
    }

    [Fact]
    public void A_refusal_from_the_server_is_shown()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.WorkshopGroupsOutOfRange, "server words"), HttpStatusCode.BadRequest);
        var cut = RenderHome();

        cut.Find("[data-testid=new-workshop-title]").Input("第三单元");
        cut.Find("[data-testid=create-workshop]").Click();

        cut.WaitForAssertion(() => Assert.Contains("12", cut.Find("[data-testid=error-message]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=created-workshop]"));
    }

    [Fact]
    public void The_quick_board_still_posts_to_the_boards_api_and_shows_its_links()
    {
        Http.Answer = _ => StubHttpHandler.Json(new CreateBoardResponse(Guid.NewGuid(), "QW3RTY", "http://wb.test/b/QW3RTY",
            "http://wb.test/b/QW3RTY#facilitator=s"), HttpStatusCode.Created);
        var cut = RenderHome();

        cut.Find("[data-testid=new-board-title]").Input("头脑风暴");
        cut.Find("[data-testid=new-board-language]").Change("ZhCn");
        cut.Find("[data-testid=create-board]").Click();

        cut.WaitForElement("[data-testid=open-board]");
        Assert.Equal("/api/boards", Assert.Single(Http.Requests).Request.RequestUri!.AbsolutePath);
        Assert.Equal("QW3RTY", cut.Find("[data-testid=join-code]").TextContent);
        Assert.Equal("http://wb.test/b/QW3RTY", cut.Find("[data-testid=join-link]").GetAttribute("href"));
        Assert.Equal("http://wb.test/b/QW3RTY#facilitator=s", cut.Find("[data-testid=facilitator-link]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=create-workshop]"));
        Assert.NotNull(cut.Find("[data-testid=code-input]"));
    }
}
