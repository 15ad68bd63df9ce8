using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>
/// Rule F5: the workshop's steps as the facilitator revised them while it runs. Issued by the server for every group once
/// the facilitator's secret was checked (the revision is one change to the workshop, not to one board).
/// </summary>
public sealed record ReviseSteps(IReadOnlyList<StageDefinition> Steps) : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
