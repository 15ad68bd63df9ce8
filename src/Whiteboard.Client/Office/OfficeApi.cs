using System.Net.Http.Json;
using Whiteboard.Client.Api;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Office;

/// <summary>The programme office's API (docs/PROTOCOL.md, rules O1–O4), with the page's credential in its header.</summary>
public sealed class OfficeApi(HttpClient http)
{
    public Task<ApiResult<ProgrammeIdentity>> MeAsync(ProgrammeKey key) =>
        ApiAnswers.ReadAsync<ProgrammeIdentity>(Send(key, HttpMethod.Get, "api/office/me"));

    public Task<ApiResult<List<ProgrammeWorkshop>>> WorkshopsAsync(ProgrammeKey key) =>
        ApiAnswers.ReadAsync<List<ProgrammeWorkshop>>(Send(key, HttpMethod.Get, "api/office/workshops"));

    public Task<ApiResult<List<FacilitatorSummary>>> FacilitatorsAsync(ProgrammeKey key) =>
        ApiAnswers.ReadAsync<List<FacilitatorSummary>>(Send(key, HttpMethod.Get, "api/office/facilitators"));

    public Task<ApiResult<NewFacilitatorResponse>> NewFacilitatorAsync(ProgrammeKey key, string name, string unit) =>
        ApiAnswers.ReadAsync<NewFacilitatorResponse>(Send(key, HttpMethod.Post, "api/office/facilitators",
            () => JsonContent.Create(new NewFacilitatorRequest(name, unit), options: WireJson.Options)));

    public Task<ApiResult<FacilitatorSummary>> RevokeAsync(ProgrammeKey key, Guid facilitatorId) =>
        ApiAnswers.ReadAsync<FacilitatorSummary>(Send(key, HttpMethod.Post, $"api/office/facilitators/{facilitatorId}/revoke"));

    public Task<ApiResult<NewFacilitatorResponse>> NewLinkAsync(ProgrammeKey key, Guid facilitatorId) =>
        ApiAnswers.ReadAsync<NewFacilitatorResponse>(Send(key, HttpMethod.Post, $"api/office/facilitators/{facilitatorId}/link"));

    public async Task<RejectionCode?> DeleteFacilitatorAsync(ProgrammeKey key, Guid facilitatorId) =>
        (await ApiAnswers.ReadTextAsync(Send(key, HttpMethod.Delete, $"api/office/facilitators/{facilitatorId}"))).Problem;

    public async Task<RejectionCode?> DeleteWorkshopAsync(ProgrammeKey key, string code) =>
        (await ApiAnswers.ReadTextAsync(Send(key, HttpMethod.Delete, $"api/office/workshops/{Uri.EscapeDataString(code)}"))).Problem;

    /// <summary>Everything the server keeps, as one JSON file (rule O4).</summary>
    public Task<ApiResult<string>> BackupAsync(ProgrammeKey key) => ApiAnswers.ReadTextAsync(Send(key, HttpMethod.Get, "api/office/backup"));

    /// <summary>A request with the programme credential; for the programme's other parts (cases, actions, numbers) too.</summary>
    public Func<Task<HttpResponseMessage>> Send(ProgrammeKey key, HttpMethod method, string path, Func<HttpContent>? content = null) =>
        ApiAnswers.SendWith(http, method, path, key.Header, key.Value, content);
}
