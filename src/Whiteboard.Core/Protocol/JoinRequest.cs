using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Joining a board by its code. A returning browser sends its <see cref="ParticipantToken"/> and is the same participant again;
/// a new one sends a <see cref="Name"/>. A <see cref="FacilitatorSecret"/> makes the joiner a facilitator.
/// </summary>
public sealed record JoinRequest(
    string Code,
    string? Name = null,
    ParticipantLocation Location = ParticipantLocation.InRoom,
    string? ParticipantToken = null,
    string? FacilitatorSecret = null,
    string? Language = null);
