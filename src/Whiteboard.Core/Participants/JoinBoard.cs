using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>
/// Issued by the server once it has checked who is joining (a facilitator's role comes from the facilitator secret), with
/// the unit they gave (rule P7), if any.
/// </summary>
public sealed record JoinBoard(Guid ParticipantId, string Name, ParticipantRole Role, ParticipantLocation Location, string? Unit = null)
    : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
