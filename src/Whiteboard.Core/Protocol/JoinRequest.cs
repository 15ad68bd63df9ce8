using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Joining a workshop by its code. A returning browser sends its <see cref="ParticipantToken"/> and is the same participant
/// again; a new one sends a <see cref="Name"/>. A <see cref="FacilitatorSecret"/> makes the joiner a facilitator, an
/// <see cref="ObserverSecret"/> an observer; both see every group. A new person may say their <see cref="Unit"/> (rule P7).
/// </summary>
public sealed record JoinRequest(
    string Code,
    string? Name = null,
    ParticipantLocation Location = ParticipantLocation.InRoom,
    string? ParticipantToken = null,
    string? FacilitatorSecret = null,
    string? Language = null,
    string? ObserverSecret = null,
    string? Unit = null);
