using System.Net.Http.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Api;
using Whiteboard.Client.Office;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and quick boards (one-group workshops), read with the same strict JSON as
/// the hub. A browser holding a facilitator link from the office creates with it, so what it creates is theirs (rule O2).
/// </summary>
public sealed class WorkshopsApi(HttpClient http, ProgrammeKeys keys)
{
    public async Task<ApiResult<CreateWorkshopResponse>> CreateAsync(CreateWorkshopRequest request) =>
        await ApiAnswers.ReadAsync<CreateWorkshopResponse>(ApiAnswers.SendWith(http, HttpMethod.Post, "api/workshops",
            CredentialHeaders.FacilitatorLink, await keys.FacilitatorLinkAsync(), () => JsonContent.Create(request, options: WireJson.Options)));

    public async Task<ApiResult<CreateBoardResponse>> CreateBoardAsync(string title, BoardLanguage language) =>
        await ApiAnswers.ReadAsync<CreateBoardResponse>(ApiAnswers.SendWith(http, HttpMethod.Post, "api/boards",
            CredentialHeaders.FacilitatorLink, await keys.FacilitatorLinkAsync(),
            () => JsonContent.Create(new CreateBoardRequest(title, language), options: WireJson.Options)));

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
