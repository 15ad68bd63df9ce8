using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

/// <summary>The same as UpdateActionProgress, issued by the server for an owner who reported through their follow-up link.</summary>
public sealed record RecordOwnerProgress(Guid ActionItemId, ActionStatus Status, string Progress = "") : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
