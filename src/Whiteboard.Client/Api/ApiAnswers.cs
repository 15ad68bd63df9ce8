using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Api;

/// <summary>
/// How the browser reads the HTTP API's answers (docs/PROTOCOL.md): the value in the protocol's strict JSON, or the
/// rejection code of an <see cref="ApiError"/>; no server, or an answer the protocol does not describe, is Unavailable.
/// </summary>
internal static class ApiAnswers
{
    /// <summary>The secret of a facilitator's request goes in a header, never in the address (so it stays out of logs).</summary>
    public const string SecretHeader = "X-Facilitator-Secret";

    public static async Task<ApiResult<T>> ReadAsync<T>(Func<Task<HttpResponseMessage>> send) where T : class
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode) return new(await response.Content.ReadFromJsonAsync<T>(WireJson.Options), null);
            return new(null, await ProblemOf(response));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable);
        }
    }

    public static async Task<ApiResult<string>> ReadTextAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode) return new(await response.Content.ReadAsStringAsync(), null);
            return new(null, await ProblemOf(response));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable);
        }
    }

    /// <summary>A GET with the facilitator's secret in its header.</summary>
    public static Func<Task<HttpResponseMessage>> GetAsFacilitator(HttpClient http, string path, string? secret) => async () =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (!string.IsNullOrEmpty(secret)) request.Headers.Add(SecretHeader, secret);
        return await http.SendAsync(request);
    };

    private static async Task<RejectionCode> ProblemOf(HttpResponseMessage response)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<ApiError>(WireJson.Options);
            return error?.Code ?? RejectionCode.Unavailable;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return RejectionCode.Unavailable;
        }
    }
}
