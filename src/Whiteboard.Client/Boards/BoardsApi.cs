using System.Net.Http.Json;
using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>The boards HTTP API (docs/PROTOCOL.md), read with the same strict JSON as the hub.</summary>
public sealed class BoardsApi(HttpClient http)
{
    public async Task<ApiResult<CreateBoardResponse>> CreateAsync(string title, BoardLanguage language) =>
        await SendAsync<CreateBoardResponse>(() => http.PostAsJsonAsync("api/boards", new CreateBoardRequest(title, language), WireJson.Options));

    public async Task<ApiResult<BoardInfo>> FindAsync(string code) =>
        await SendAsync<BoardInfo>(() => http.GetAsync($"api/boards/{Uri.EscapeDataString(code)}"));

    private static async Task<ApiResult<T>> SendAsync<T>(Func<Task<HttpResponseMessage>> send) where T : class
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode)
                return new(await response.Content.ReadFromJsonAsync<T>(WireJson.Options), null);
            var error = await response.Content.ReadFromJsonAsync<ApiError>(WireJson.Options);
            return new(null, error?.Code ?? RejectionCode.Unavailable);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or NotSupportedException or TaskCanceledException)
        {
            return new(null, RejectionCode.Unavailable); // no server, or not the answer the protocol describes
        }
    }
}
