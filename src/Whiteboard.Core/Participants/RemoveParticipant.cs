using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>
/// The facilitator removes someone from the workshop (rule P6). Issued by the server on every board the person is on, so
/// that their connections can be cut at the same moment.
/// </summary>
public sealed record RemoveParticipant(Guid ParticipantId) : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
