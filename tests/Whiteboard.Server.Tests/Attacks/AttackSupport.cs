using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Security;
using Whiteboard.Server.Workshops;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>What the attack tests do over HTTP, from a chosen address (a trusted proxy's X-Forwarded-For).</summary>
internal static class AttackSupport
{
    public static Task<HttpResponseMessage> GetFromAsync(this TestApp app, string address, string path, string? secret = null,
        string? followUpToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        if (secret is not null) request.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
        if (followUpToken is not null) request.Headers.Add(CredentialHeaders.FollowUpToken, followUpToken);
        return app.Http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostWorkshopFromAsync(this TestApp app, string address, int groups = 2)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/workshops")
        {
            Content = JsonContent.Create(new { title = "攻击测试", language = "zh-CN", template = "ActionLearning", groups }),
        };
        request.Headers.Add("X-Forwarded-For", address);
        return app.Http.SendAsync(request);
    }

    public static async Task<RejectionCode?> CodeOf(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? null : (await response.Content.ReadFromJsonAsync<ApiError>(WireJson.Options))!.Code;

    /// <summary>Joins from an address, on a connection of its own; the join's result whatever it is.</summary>
    public static async Task<(BoardClient Client, JoinResult Result)> JoinFromAsync(this TestApp app, string address, JoinRequest request)
    {
        var client = await app.ConnectAsync(address);
        return (client, await client.JoinAsync(request));
    }

    /// <summary>A join code no workshop has: every letter of it valid, so that it costs a guess.</summary>
    public static string WrongCode(int n) =>
        new([.. Enumerable.Range(0, JoinCodes.Length).Select(i => JoinCodes.Alphabet[(n / Pow(31, i) + 7 * i) % 31])]);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static int Pow(int b, int e) => e == 0 ? 1 : b * Pow(b, e - 1);
}
