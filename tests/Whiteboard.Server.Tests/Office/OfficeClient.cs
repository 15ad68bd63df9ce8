using System.Net;
using System.Net.Http.Json;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Office;

/// <summary>The programme API as the office's and the facilitators' browsers call it: the credential in its header.</summary>
internal sealed class OfficeClient(TestApp app, string? header, string? value, string? from = null)
{
    public const string Key = "office-key-for-tests-0123456789";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string> { ["Office:Key"] = Key };

    public static OfficeClient AsOffice(TestApp app, string? from = null) => new(app, CredentialHeaders.OfficeKey, Key, from);

    public static OfficeClient AsFacilitator(TestApp app, string link, string? from = null) =>
        new(app, CredentialHeaders.FacilitatorLink, KeyOf(link), from);

    public static OfficeClient Nobody(TestApp app, string? from = null) => new(app, null, null, from);

    /// <summary>The key in a facilitator link (<c>/mine#key=…</c>).</summary>
    public static string KeyOf(string link) => link.Split("#key=")[1];

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (header is not null) request.Headers.Add(header, value);
        if (from is not null) request.Headers.Add("X-Forwarded-For", from);
        if (body is not null) request.Content = JsonContent.Create(body);
        return app.Http.SendAsync(request);
    }

    public async Task<T> GetAsync<T>(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(WireJson.Options))!;
    }

    public async Task<NewFacilitatorResponse> NewFacilitatorAsync(string name, string unit = "")
    {
        var response = await SendAsync(HttpMethod.Post, "/api/office/facilitators", new { name, unit });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<NewFacilitatorResponse>(WireJson.Options))!;
    }

    /// <summary>Creates a workshop with this client's credential; the response as it came.</summary>
    public Task<HttpResponseMessage> CreateWorkshopAsync(string title = "青干班 行动学习") =>
        SendAsync(HttpMethod.Post, "/api/workshops", new { title, language = "zh-CN", template = "ActionLearning", groups = 2 });
}
