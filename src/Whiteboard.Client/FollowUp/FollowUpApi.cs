using System.Net.Http.Json;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Client.Api;

namespace Whiteboard.Client.FollowUp;

/// <summary>The follow-up page's API (rule A4): an owner's items by their personal link, and how one stands now.</summary>
public sealed class FollowUpApi(HttpClient http)
{
    public Task<ApiResult<FollowUpView>> ViewAsync(string token) =>
        ApiAnswers.ReadAsync<FollowUpView>(() => http.GetAsync($"api/followup/{Uri.EscapeDataString(token)}"));

    /// <summary>Sending the same <see cref="FollowUpUpdate.OpId"/> again (after a dropped connection) changes nothing twice.</summary>
    public Task<ApiResult<FollowUpItem>> UpdateAsync(string token, Guid actionItemId, FollowUpUpdate update) =>
        ApiAnswers.ReadAsync<FollowUpItem>(() =>
            http.PostAsJsonAsync($"api/followup/{Uri.EscapeDataString(token)}/items/{actionItemId}", update, WireJson.Options));
}
