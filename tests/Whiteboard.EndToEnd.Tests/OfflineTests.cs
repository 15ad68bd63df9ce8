using System.Net.Http.Json;
using System.Text.Json;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>Nothing typed is lost (docs/PROTOCOL.md, "The browser's side") in a real browser: flaky Wi-Fi, a reload while offline, a lock while typing, blocked WebSockets.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Changes_made_offline_survive_a_reload_and_reach_the_others_exactly_once()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "教室断网");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var tablet = await fixture.NewTabletPersonAsync();
        await OpenAndJoinAsync(tablet, code, "李明");
        var online = await AddNoteByTouchAsync(tablet, "在线时写的");
        await Expect(NoteById(facilitator, online)).ToBeVisibleAsync();

        await tablet.Context.SetOfflineAsync(true); // the classroom Wi-Fi drops
        await Expect(tablet.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "offline");
        var first = await AddNoteByTouchAsync(tablet, "离线一");
        var second = await AddNoteByTouchAsync(tablet, "离线二");
        await Expect(NoteById(tablet, first)).ToHaveAttributeAsync("data-pending", "true"); // shown at once, marked pending
        await NoteById(tablet, online).TapAsync();
        await tablet.GetByTestId("edit-note").TapAsync();
        await tablet.GetByTestId("note-editor").FillAsync("在线时写的（离线改）");
        await tablet.GetByTestId("save-note").TapAsync();
        await Expect(tablet.GetByTestId("connection-status")).ToHaveAttributeAsync("data-pending", "3");

        await tablet.ReloadAsync(); // the tablet reloads while still offline: the app shell comes from the service worker
        await Expect(tablet.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await Expect(NoteById(tablet, second)).ToBeVisibleAsync();
        await Expect(NoteById(tablet, online)).ToContainTextAsync("离线改");
        var third = await AddNoteByTouchAsync(tablet, "离线三");
        await Screenshots.SaveAsync(tablet, "offline-after-reload");
        await Expect(NoteById(facilitator, first)).ToHaveCountAsync(0); // nothing went out meanwhile

        await tablet.Context.SetOfflineAsync(false);
        foreach (var id in new[] { first, second, third }) await Expect(NoteById(facilitator, id)).ToBeVisibleAsync();
        await Expect(NoteById(facilitator, online)).ToContainTextAsync("离线改");
        await Expect(tablet.GetByTestId("connection-status")).ToHaveAttributeAsync("data-pending", "0");
        await Expect(facilitator.GetByTestId("note")).ToHaveCountAsync(4);

        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Facilitator-Secret", await FacilitatorSecretAsync(facilitator, code));
        var export = await http.GetFromJsonAsync<JsonElement>($"api/boards/{code}/export");
        var texts = export.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!).Order(StringComparer.Ordinal);
        string[] expected = ["在线时写的（离线改）", "离线一", "离线二", "离线三"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), texts); // each exactly once
        await tablet.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_draft_being_typed_when_the_facilitator_locks_the_stage_is_kept_with_a_message_and_survives_a_reload()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "锁定与草稿");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var trainee = await fixture.NewPersonAsync();
        await OpenAndJoinAsync(trainee, code, "李明");

        await trainee.GetByTestId("add-note").ClickAsync();
        await trainee.GetByTestId("note-editor").FillAsync("还没写完的想法：每周例会改成双周");
        await facilitator.GetByTestId("lock-stage").ClickAsync();

        await Expect(trainee.GetByTestId("draft-kept")).ToBeVisibleAsync();
        await Expect(trainee.GetByTestId("note-editor")).ToHaveValueAsync("还没写完的想法：每周例会改成双周");
        await Expect(trainee.GetByTestId("save-note")).ToBeDisabledAsync();
        await trainee.ReloadAsync();
        await Expect(trainee.GetByTestId("note-editor")).ToHaveValueAsync("还没写完的想法：每周例会改成双周");
        await Screenshots.SaveAsync(trainee, "draft-kept-when-locked");

        await facilitator.GetByTestId("unlock-stage").ClickAsync();
        await trainee.GetByTestId("save-note").ClickAsync();
        await Expect(Note(facilitator, "还没写完的想法：每周例会改成双周")).ToBeVisibleAsync();
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task With_WebSockets_blocked_by_a_proxy_the_board_still_syncs_both_ways()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "代理挡住了 WebSocket");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var remote = await fixture.NewPersonAsync();
        var opened = 0;
        await remote.RouteWebSocketAsync("**/hubs/board**", ws =>
        {
            opened++;
            ws.CloseAsync(new() { Code = 1008, Reason = "blocked by the proxy" });
        });

        await OpenAndJoinAsync(remote, code, "在家的学员", remote: true);
        var fromRemote = await AddNoteAsync(remote, "走长轮询也能同步");
        var fromRoom = await AddNoteAsync(facilitator, "教室这边收到了");

        await Expect(NoteById(facilitator, fromRemote)).ToBeVisibleAsync();
        await Expect(NoteById(remote, fromRoom)).ToBeVisibleAsync();
        Assert.True(opened > 0, "the client never tried WebSockets, so this proved nothing");
        await remote.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    [Theory]
    [InlineData("window.WebSocket = undefined")]
    [InlineData("delete window.WebSocket")]
    public async Task A_page_without_a_WebSocket_object_still_syncs_by_long_polling(string strip)
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateBoardAsync(facilitator, "没有 WebSocket 的浏览器");
        await facilitator.GetByTestId("open-board").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        var embedded = await fixture.NewPersonAsync();
        await embedded.Context.AddInitScriptAsync(strip); // what a filter or an embedding app does to the page

        await OpenAndJoinAsync(embedded, code, "内嵌浏览器", remote: true);
        var fromEmbedded = await AddNoteAsync(embedded, "长轮询照样同步");
        var fromRoom = await AddNoteAsync(facilitator, "教室这边收到了");

        await Expect(NoteById(facilitator, fromEmbedded)).ToBeVisibleAsync();
        await Expect(NoteById(embedded, fromRoom)).ToBeVisibleAsync();
        await embedded.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
