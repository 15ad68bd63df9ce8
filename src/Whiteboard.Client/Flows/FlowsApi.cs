using System.Net.Http.Json;
using Whiteboard.Client.Api;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Flows;

/// <summary>
/// A workshop's flow for its facilitator (docs/PROTOCOL.md): the steps with their guides (rule F3), read through the
/// same checks as a flow file, revised while it runs (rule F5), and the printable run sheet; the secret goes in a header.
/// </summary>
public sealed class FlowsApi(HttpClient http)
{
    public async Task<ApiResult<Flow>> FlowAsync(string code, string? secret)
    {
        var text = await ApiAnswers.ReadTextAsync(Get(code, secret, "flow"));
        if (text.Value is not { } json) return new ApiResult<Flow>(null, text.Problem);
        var (flow, problem) = FlowJson.Read(json);
        return new ApiResult<Flow>(flow, problem);
    }

    /// <summary>Rule F5: the running workshop's flow revised for every group; the flow now kept, or why not.</summary>
    public async Task<ApiResult<Flow>> ReviseAsync(string code, string? secret, ReviseFlowRequest request)
    {
        var text = await ApiAnswers.ReadTextAsync(ApiAnswers.SendWith(http, HttpMethod.Put, $"api/workshops/{Uri.EscapeDataString(code)}/flow",
            CredentialHeaders.FacilitatorSecret, secret, () => JsonContent.Create(request, options: WireJson.Options)));
        if (text.Value is not { } json) return new ApiResult<Flow>(null, text.Problem, text.RetryAfterSeconds);
        var (flow, problem) = FlowJson.Read(json);
        return new ApiResult<Flow>(flow, problem);
    }

    public Task<ApiResult<string>> RunSheetAsync(string code, string? secret) => ApiAnswers.ReadTextAsync(Get(code, secret, "runsheet"));

    private Func<Task<HttpResponseMessage>> Get(string code, string? secret, string path) =>
        ApiAnswers.GetAsFacilitator(http, $"api/workshops/{Uri.EscapeDataString(code)}/{path}", secret);
}
