using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>The facilitator moved this participant to another group (rule W3); issued by the server.</summary>
public sealed record LeaveBoard(Guid ParticipantId) : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
