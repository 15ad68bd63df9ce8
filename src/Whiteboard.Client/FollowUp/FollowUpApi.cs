using System.Net.Http.Json;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Client.Api;

namespace Whiteboard.Client.FollowUp;

/// <summary>
/// The follow-up page's API (rule A4): an owner's items by their personal link, and how one stands now. The token goes in
/// a header, never in the request's path, so no access log keeps it.
/// </summary>
public sealed class FollowUpApi(HttpClient http)
{
    public Task<ApiResult<FollowUpView>> ViewAsync(string token) =>
        ApiAnswers.ReadAsync<FollowUpView>(ApiAnswers.SendWith(http, HttpMethod.Get, "api/followup", CredentialHeaders.FollowUpToken, token));

    /// <summary>Sending the same <see cref="FollowUpUpdate.OpId"/> again (after a dropped connection) changes nothing twice.</summary>
    public Task<ApiResult<FollowUpItem>> UpdateAsync(string token, Guid actionItemId, FollowUpUpdate update) =>
        ApiAnswers.ReadAsync<FollowUpItem>(ApiAnswers.SendWith(http, HttpMethod.Post, $"api/followup/items/{actionItemId}",
            CredentialHeaders.FollowUpToken, token, () => JsonContent.Create(update, options: WireJson.Options)));
}
