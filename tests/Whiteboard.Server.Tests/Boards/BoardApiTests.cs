using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

public sealed class BoardApiTests
{
    [Fact]
    public async Task Creating_a_board_gives_a_code_and_links_with_the_secret_only_in_the_facilitator_link()
    {
        await using var app = TestApp.Start();

        var board = await app.CreateBoardAsync("干部培训 第一组", "en");

        Assert.Matches($"^[{JoinCodes.Alphabet}]{{6}}$", board.Code); // Rule S4
        Assert.Equal(new Uri(app.BaseAddress, $"/b/{board.Code}").ToString(), board.JoinUrl);
        Assert.StartsWith(board.JoinUrl + "#facilitator=", board.FacilitatorUrl);
        var secret = board.FacilitatorUrl.Split("#facilitator=")[1];
        Assert.True(secret.Length >= 32);
        var stored = await app.Services.GetRequiredService<IBoardStore>().FindWorkshopByCodeAsync(board.Code, default);
        Assert.NotEqual(secret, stored!.FacilitatorSecretHash); // Rule S5: only the hash is kept
        Assert.Equal(FacilitatorSecrets.Hash(secret), stored.FacilitatorSecretHash);
    }

    [Fact]
    public async Task Board_info_is_found_by_code_typed_loosely()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync("干部培训", "en");

        var info = await app.Http.GetFromJsonAsync<JsonElement>($"/api/boards/{board.Code[..3].ToLowerInvariant()}-{board.Code[3..]}");

        Assert.Equal("干部培训", info.GetProperty("title").GetString());
        Assert.Equal("en", info.GetProperty("language").GetString());
        Assert.Equal(board.BoardId, info.GetProperty("boardId").GetGuid());
        Assert.False(info.TryGetProperty("facilitatorSecretHash", out _));
    }

    [Theory]
    [InlineData("""{"title":"","language":"zh-CN"}""", "zh-CN", "TitleEmpty", "请填写白板标题。")]
    [InlineData("""{"title":"  ","language":"en"}""", "en", "TitleEmpty", "Give the board a title.")]
    [InlineData("""{"title":"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}""", "zh-CN", "TitleTooLong", "标题最多 80 个字。")]
    [InlineData("""{"title":42}""", "en", "MalformedMessage", "The request was malformed; nothing was changed.")]
    [InlineData("""not json""", "zh-CN", "MalformedMessage", null)]
    public async Task Creating_with_bad_input_is_refused_with_a_typed_localised_error(string body, string language, string code, string? message)
    {
        await using var app = TestApp.Start();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/boards") { Content = new StringContent(body, null, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (message is null) return; // unreadable JSON is refused by the framework before our code runs
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_with_a_typed_error()
    {
        await using var app = TestApp.Start();

        var response = await app.Http.GetAsync("/api/boards/ZZZZZZ");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BoardNotFound", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Too_many_failed_lookups_from_one_address_are_refused_for_a_while()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        for (var i = 0; i < new LimitOptions().GuessBurst; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/api/boards/ZZZZ{JoinCodes.Alphabet[i / 31]}{JoinCodes.Alphabet[i % 31]}")).StatusCode);

        var blocked = await app.Http.GetAsync($"/api/boards/{board.Code}"); // Rule S4: even a right code, new to this address

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("TooManyAttempts", (await blocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Behind_a_proxy_the_guard_counts_each_browsers_address_not_the_proxys()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        for (var i = 0; i < new LimitOptions().GuessBurst; i++)
            await app.Http.SendAsync(FromBrowser("10.0.0.1", $"/api/boards/ZZZZ{JoinCodes.Alphabet[i / 31]}{JoinCodes.Alphabet[i % 31]}"));

        var guesser = await app.Http.SendAsync(FromBrowser("10.0.0.1", $"/api/boards/{board.Code}"));
        var classmate = await app.Http.SendAsync(FromBrowser("10.0.0.2", $"/api/boards/{board.Code}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, guesser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, classmate.StatusCode);
    }

    private static HttpRequestMessage FromBrowser(string address, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address); // the test client is on loopback: a trusted proxy
        return request;
    }

    [Fact]
    public async Task Export_has_every_note_with_author_name_position_colour_and_times()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var id = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(id, Stage, "会议太多 😩", NoteColor.Pink, 120, 80));

        var export = await (await app.GetAsFacilitatorAsync($"/api/boards/{board.Code}/export", SecretOf(board.FacilitatorUrl)))
            .Content.ReadFromJsonAsync<JsonElement>();

        var note = export.GetProperty("notes").EnumerateArray().Single();
        Assert.Equal(id, note.GetProperty("id").GetGuid());
        Assert.Equal("会议太多 😩", note.GetProperty("text").GetString());
        Assert.Equal("Pink", note.GetProperty("color").GetString());
        Assert.Equal(120, note.GetProperty("x").GetDouble());
        Assert.Equal("王芳", note.GetProperty("authorName").GetString());
        Assert.True(note.GetProperty("createdAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal("周五研讨", export.GetProperty("title").GetString());
        Assert.Equal(1, export.GetProperty("groupNumber").GetInt32());
    }

    [Fact]
    public async Task Health_names_the_store()
    {
        await using var app = TestApp.Start();

        var health = await app.Http.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("store").GetString());
    }

    [Fact]
    public async Task The_browser_app_is_served_for_board_links()
    {
        await using var app = TestApp.Start();

        var page = await app.Http.GetStringAsync("/b/ABCDEF");

        Assert.Contains("<div id=\"app\"", page);
        Assert.Contains("_framework/blazor.webassembly", page);
    }
}
