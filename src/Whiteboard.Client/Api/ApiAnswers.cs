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
    public static async Task<ApiResult<T>> ReadAsync<T>(Func<Task<HttpResponseMessage>> send) where T : class
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode) return new(await response.Content.ReadFromJsonAsync<T>(WireJson.Options), null);
            var error = await ErrorOf(response);
            return new(null, error.Code, error.RetryAfterSeconds);
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
            var error = await ErrorOf(response);
            return new(null, error.Code, error.RetryAfterSeconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable);
        }
    }

    /// <summary>A GET with the facilitator's secret in its header.</summary>
    public static Func<Task<HttpResponseMessage>> GetAsFacilitator(HttpClient http, string path, string? secret) =>
        SendWith(http, HttpMethod.Get, path, CredentialHeaders.FacilitatorSecret, secret);

    /// <summary>
    /// A request with a credential in <paramref name="header"/>: credentials go in headers, never in the address, so they
    /// stay out of logs. Each call of the function sends a new request (a retry sends the same content again).
    /// </summary>
    public static Func<Task<HttpResponseMessage>> SendWith(HttpClient http, HttpMethod method, string path, string header, string? credential,
        Func<HttpContent>? content = null) => async () =>
    {
        using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
        if (!string.IsNullOrEmpty(credential)) request.Headers.Add(header, credential);
        return await http.SendAsync(request);
    };

    private static async Task<ApiError> ErrorOf(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<ApiError>(WireJson.Options) ?? Unreadable;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return Unreadable;
        }
    }

    private static readonly ApiError Unreadable = new(RejectionCode.Unavailable, "");
}
