using System.Net.Http.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Api;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and quick boards (one-group workshops), read with the same strict JSON as
/// the hub.
/// </summary>
public sealed class WorkshopsApi(HttpClient http)
{
    public Task<ApiResult<CreateWorkshopResponse>> CreateAsync(CreateWorkshopRequest request) =>
        ApiAnswers.ReadAsync<CreateWorkshopResponse>(() => http.PostAsJsonAsync("api/workshops", request, WireJson.Options));

    public Task<ApiResult<CreateBoardResponse>> CreateBoardAsync(string title, BoardLanguage language) =>
        ApiAnswers.ReadAsync<CreateBoardResponse>(() => http.PostAsJsonAsync("api/boards", new CreateBoardRequest(title, language), WireJson.Options));

    public Task<ApiResult<WorkshopSummary>> FindAsync(string code) =>
        ApiAnswers.ReadAsync<WorkshopSummary>(() => http.GetAsync($"api/workshops/{Uri.EscapeDataString(code)}"));

    /// <summary>The JSON export of every group board, as the facilitator sees it (the secret is needed).</summary>
    public Task<ApiResult<string>> ExportAsync(string code, string? facilitatorSecret) =>
        ApiAnswers.ReadTextAsync(ApiAnswers.GetAsFacilitator(http, $"api/workshops/{Uri.EscapeDataString(code)}/export", facilitatorSecret));

    /// <summary>Deletes the workshop and everything in it (facilitator); null when it is gone.</summary>
    public async Task<RejectionCode?> DeleteAsync(string code, string? facilitatorSecret) =>
        (await ApiAnswers.ReadTextAsync(ApiAnswers.SendWith(http, HttpMethod.Delete, $"api/workshops/{Uri.EscapeDataString(code)}",
            CredentialHeaders.FacilitatorSecret, facilitatorSecret))).Problem;

    /// <summary>Where the projector's QR code image comes from (an SVG of the join link, made by the server).</summary>
    public static string QrCodePath(string code) => $"api/workshops/{Uri.EscapeDataString(code)}/qr.svg";
}
