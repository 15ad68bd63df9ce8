using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Workshops;

public sealed class WorkshopApiTests
{
    [Fact]
    public async Task Creating_a_workshop_gives_one_code_three_links_and_its_group_boards()
    {
        await using var app = TestApp.Start();

        var workshop = await app.CreateWorkshopAsync(groups: 4, title: "青干班第三期");

        Assert.Equal(4, workshop.Boards.Count); // Rule W1
        Assert.Equal([1, 2, 3, 4], workshop.Boards.Select(b => b.GroupNumber));
        Assert.StartsWith(workshop.JoinUrl + "#facilitator=", workshop.FacilitatorUrl);
        Assert.StartsWith(workshop.JoinUrl + "#observer=", workshop.ObserverUrl);
        Assert.NotEqual(workshop.FacilitatorUrl.Split('=')[1], workshop.ObserverUrl.Split('=')[1]);
        var summary = await app.Http.GetFromJsonAsync<WorkshopSummary>($"/api/workshops/{workshop.Code}", WireJson.Options);
        Assert.Equal("青干班第三期", summary!.Title);
        Assert.Equal(4, summary.Groups.Count);
        Assert.All(summary.Groups, g => Assert.Null(g.CurrentStage)); // nothing opens before the facilitator starts
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public async Task A_workshop_needs_between_1_and_12_groups(int groups)
    {
        await using var app = TestApp.Start();

        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "分组", groups });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("WorkshopGroupsOutOfRange", error.GetProperty("code").GetString());
        Assert.Equal("小组数量必须在 1 到 12 之间。", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_template_is_a_typed_error()
    {
        await using var app = TestApp.Start();

        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "模板", template = "Scrum" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MalformedMessage", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_projector_QR_code_is_an_SVG_of_the_join_link()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();

        var response = await app.Http.GetAsync($"/api/workshops/{workshop.Code}/qr.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<svg", svg.TrimStart().Split("?>")[^1].TrimStart());
        Assert.True(svg.Length > 1000);
    }

    [Fact]
    public async Task The_quick_board_is_a_one_group_workshop_open_at_once()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync("快速白板");

        var summary = await app.Http.GetFromJsonAsync<WorkshopSummary>($"/api/workshops/{board.Code}", WireJson.Options);

        Assert.Equal(Core.Workshops.WorkshopTemplate.OpenBrainstorm, summary!.Template);
        Assert.Equal("brainstorm", summary.Groups.Single().CurrentStage);
        Assert.Equal(board.BoardId, summary.Groups.Single().BoardId);
    }

    [Fact]
    public async Task A_configured_public_address_is_what_join_links_and_the_QR_code_carry()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string> { ["PublicUrl"] = "http://192.168.1.20:5000/" });

        var workshop = await app.CreateWorkshopAsync();
        await using var facilitator = await app.JoinAsync(workshop.Code, "张老师", facilitatorSecret: workshop.FacilitatorUrl.Split("#facilitator=")[1]);

        Assert.Equal($"http://192.168.1.20:5000/b/{workshop.Code}", workshop.JoinUrl);
        Assert.Equal(workshop.JoinUrl, facilitator.Joined!.Workshop!.JoinUrl);
    }
}
