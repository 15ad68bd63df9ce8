using System.Text.Json;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Flows;

/// <summary>
/// A flow as a JSON file (rule F2): how the library's flows are written and how a facilitator exports and imports their
/// own. A file that is not a flow, or a flow that cannot run, is refused as <see cref="RejectionCode.InvalidFlow"/>.
/// </summary>
public static class FlowJson
{
    /// <summary>The largest file taken: a flow of twenty steps with full guides in both languages is well under it.</summary>
    public const int MaxBytes = 256 * 1024;

    public static string Write(Flow flow) => JsonSerializer.Serialize(flow, WireJson.Options);

    /// <summary>The flow in <paramref name="json"/>, or why it is refused.</summary>
    public static (Flow? Flow, RejectionCode? Problem) Read(string json)
    {
        if (json.Length > MaxBytes) return (null, RejectionCode.InvalidFlow);
        Flow? flow;
        try
        {
            flow = JsonSerializer.Deserialize<Flow>(json, WireJson.Options);
        }
        catch (JsonException)
        {
            return (null, RejectionCode.InvalidFlow);
        }
        catch (NotSupportedException)
        {
            return (null, RejectionCode.InvalidFlow); // a shape the records cannot take, e.g. a number where text goes
        }
        return flow is not null && FlowRules.Check(flow) is null ? (flow, null) : (null, RejectionCode.InvalidFlow);
    }
}
