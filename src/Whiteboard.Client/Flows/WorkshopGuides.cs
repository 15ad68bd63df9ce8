using Whiteboard.Client.Workshops;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Flows;

/// <summary>
/// The flows of the workshops this facilitator opens, fetched once per workshop with the secret this browser keeps: the
/// board and the console show each step's guide from it (rule F3). A workshop without a flow (a quick board) is asked
/// once; a fetch that failed for another reason (offline, the server busy) is tried again the next time.
/// </summary>
public sealed class WorkshopGuides(FlowsApi api, WorkshopCredentials credentials)
{
    private readonly Dictionary<string, Task<Flow?>> _flows = [];

    public Task<Flow?> FlowAsync(string code)
    {
        if (!_flows.TryGetValue(code, out var flow)) _flows[code] = flow = FetchAsync(code);
        return flow;
    }

    /// <summary>
    /// The flow, holding <paramref name="stageId"/> if the server's does: a step this browser's flow lacks was added by a
    /// revision on another device (rule F5), so the flow is asked for once more.
    /// </summary>
    public async Task<Flow?> FlowWithAsync(string code, string? stageId)
    {
        var flow = await FlowAsync(code);
        if (flow is null || stageId is null || StepOf(flow, stageId) is not null) return flow;
        _flows.Remove(code);
        return await FlowAsync(code);
    }

    /// <summary>Rule F5: the facilitator revised the workshop's flow here; its guides are these from now on.</summary>
    public void Revised(string code, Flow flow) => _flows[code] = Task.FromResult<Flow?>(flow);

    private async Task<Flow?> FetchAsync(string code)
    {
        var secret = await credentials.FacilitatorSecretAsync(code);
        var fetched = secret is null ? null : await api.FlowAsync(code, secret);
        // Known for good: the flow, or that there is none. Anything else is asked again.
        if (fetched?.Value is null && fetched?.Problem is not RejectionCode.FlowNotFound) _flows.Remove(code);
        return fetched?.Value;
    }

    /// <summary>The guide to one step of the workshop's flow, or null when the flow or the step is not known.</summary>
    public static FlowStep? StepOf(Flow? flow, string? stageId) => flow?.Steps.FirstOrDefault(s => s.Stage.Id == stageId);
}
