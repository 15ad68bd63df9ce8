using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>GET /api/templates: a library flow as the gallery shows it — what it is for and its steps at a glance.</summary>
public sealed record FlowSummary(string Id, LocalizedText Title, LocalizedText Summary, IReadOnlyList<StepSummary> Steps)
{
    public static FlowSummary Of(Flow flow) => new(flow.Id, flow.Title, flow.Summary, [.. flow.Steps.Select(s => StepSummary.Of(s.Stage))]);

    /// <summary>How long the flow takes, the steps' timers added up (steps without one count as nothing).</summary>
    public int TotalSeconds => Steps.Sum(s => s.TimerSeconds);
}
