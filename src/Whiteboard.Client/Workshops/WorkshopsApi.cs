using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and quick boards (one-group workshops), read with the same strict JSON as
/// the hub.
/// </summary>
public sealed class WorkshopsApi(HttpClient http)
{
    /// <summary>The header that makes an export the facilitator's full view.</summary>
    public const string SecretHeader = "X-Facilitator-Secret";

    public Task<ApiResult<CreateWorkshopResponse>> CreateAsync(CreateWorkshopRequest request) =>
        SendAsync<CreateWorkshopResponse>(() => http.PostAsJsonAsync("api/workshops", request, WireJson.Options));

    public Task<ApiResult<CreateBoardResponse>> CreateBoardAsync(string title, BoardLanguage language) =>
        SendAsync<CreateBoardResponse>(() => http.PostAsJsonAsync("api/boards", new CreateBoardRequest(title, language), WireJson.Options));

    public Task<ApiResult<WorkshopSummary>> FindAsync(string code) =>
        SendAsync<WorkshopSummary>(() => http.GetAsync($"api/workshops/{Uri.EscapeDataString(code)}"));

    /// <summary>The JSON export of every group board: the facilitator's full view with the secret, else what any participant sees.</summary>
    public async Task<ApiResult<string>> ExportAsync(string code, string? facilitatorSecret)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"api/workshops/{Uri.EscapeDataString(code)}/export");
            if (!string.IsNullOrEmpty(facilitatorSecret)) request.Headers.Add(SecretHeader, facilitatorSecret);
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode) return new(await response.Content.ReadAsStringAsync(), null);
            return new(null, await ProblemOf(response));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable);
        }
    }

    /// <summary>Where the projector's QR code image comes from (an SVG of the join link, made by the server).</summary>
    public static string QrCodePath(string code) => $"api/workshops/{Uri.EscapeDataString(code)}/qr.svg";

    private static async Task<ApiResult<T>> SendAsync<T>(Func<Task<HttpResponseMessage>> send) where T : class
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode)
                return new(await response.Content.ReadFromJsonAsync<T>(WireJson.Options), null);
            return new(null, await ProblemOf(response));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable); // no server, or not the answer the protocol describes
        }
    }

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
