using System.Net.Http.Json;
using Whiteboard.Client.Api;
using Whiteboard.Client.Office;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Cases;

/// <summary>
/// The case library's API (rules K1–K6): a workshop's facilitator with its secret, the library with the programme's
/// credential — always in a header, never in the address.
/// </summary>
public sealed class CasesApi(HttpClient http)
{
    /// <summary>Rule K1: the op id is the case's id, so trying again after a lost answer makes no second case.</summary>
    public Task<ApiResult<CaseView>> DraftAsync(string code, string? secret, Guid boardId, Guid opId) =>
        ApiAnswers.ReadAsync<CaseView>(ApiAnswers.SendWith(http, HttpMethod.Post, $"api/workshops/{Esc(code)}/cases",
            CredentialHeaders.FacilitatorSecret, secret, () => JsonContent.Create(new NewCaseRequest(opId, boardId), options: WireJson.Options)));

    public Task<ApiResult<CaseView>> OfWorkshopAsync(string code, string? secret, Guid caseId) =>
        ApiAnswers.ReadAsync<CaseView>(ApiAnswers.GetAsFacilitator(http, $"api/workshops/{Esc(code)}/cases/{caseId}", secret));

    public Task<ApiResult<CaseView>> SaveOfWorkshopAsync(string code, string? secret, Guid caseId, CaseEdit edit) =>
        ApiAnswers.ReadAsync<CaseView>(ApiAnswers.SendWith(http, HttpMethod.Put, $"api/workshops/{Esc(code)}/cases/{caseId}",
            CredentialHeaders.FacilitatorSecret, secret, () => JsonContent.Create(edit, options: WireJson.Options)));

    public Task<ApiResult<List<CaseView>>> SearchAsync(ProgrammeKey key, CaseQuery query)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text) parts.Add($"{name}={Uri.EscapeDataString(text)}");
        }
        Add("q", query.Text);
        Add("tag", query.Tag);
        Add("unit", query.Unit);
        Add("facilitator", query.FacilitatorId);
        Add("year", query.Year);
        Add("status", query.Status);
        return ApiAnswers.ReadAsync<List<CaseView>>(ApiAnswers.SendWith(http, HttpMethod.Get, $"api/cases?{string.Join('&', parts)}", key.Header, key.Value));
    }

    public Task<ApiResult<CaseView>> OneAsync(ProgrammeKey key, Guid caseId) =>
        ApiAnswers.ReadAsync<CaseView>(ApiAnswers.SendWith(http, HttpMethod.Get, $"api/cases/{caseId}", key.Header, key.Value));

    public Task<ApiResult<CaseView>> SaveAsync(ProgrammeKey key, Guid caseId, CaseEdit edit) =>
        ApiAnswers.ReadAsync<CaseView>(ApiAnswers.SendWith(http, HttpMethod.Put, $"api/cases/{caseId}", key.Header, key.Value,
            () => JsonContent.Create(edit, options: WireJson.Options)));

    /// <summary>Rule K6: the collection as a file's bytes (a Word document is not text), or why not.</summary>
    public async Task<(byte[]? File, RejectionCode? Problem)> CollectionAsync(ProgrammeKey key, IReadOnlyList<Guid> caseIds, string format, string? title)
    {
        try
        {
            using var response = await ApiAnswers.SendWith(http, HttpMethod.Post, "api/cases/collection", key.Header, key.Value,
                () => JsonContent.Create(new CaseCollectionRequest(caseIds, format, title), options: WireJson.Options))();
            if (response.IsSuccessStatusCode) return (await response.Content.ReadAsByteArrayAsync(), null);
            return (null, (await ApiAnswers.ReadAsync<CaseView>(() => Task.FromResult(response))).Problem ?? RejectionCode.Unavailable);
        }
        catch (HttpRequestException)
        {
            return (null, RejectionCode.Unavailable);
        }
    }

    private static string Esc(string code) => Uri.EscapeDataString(code);
}
