using Whiteboard.Client.Browser;
using Whiteboard.Core.Flows;

namespace Whiteboard.Client.Flows;

/// <summary>
/// The facilitator's own flows (rule F4, 我的流程), kept in this browser to reuse for later workshops: saving one with the
/// id of a kept one replaces it. Only flows that can run are kept, and a kept one that no longer can is left out on reading.
/// </summary>
public sealed class MyFlows(BrowserStore store)
{
    private const string Key = "whiteboard.my-flows";

    /// <summary>Enough for a facilitator's repertoire; the browser's storage is shared with the boards' drafts and outboxes.</summary>
    public const int MaxKept = 30;

    public async Task<IReadOnlyList<Flow>> AllAsync() =>
        [.. (await store.ReadAsync<List<Flow>>(Key) ?? []).Where(f => FlowRules.Check(f) is null)];

    public async Task SaveAsync(Flow flow)
    {
        if (FlowRules.Check(flow) is not null) return;
        var kept = (await AllAsync()).Where(f => f.Id != flow.Id).Prepend(flow).Take(MaxKept).ToList();
        await store.WriteAsync(Key, kept);
    }

    public async Task RemoveAsync(string id) => await store.WriteAsync(Key, (await AllAsync()).Where(f => f.Id != id).ToList());
}
