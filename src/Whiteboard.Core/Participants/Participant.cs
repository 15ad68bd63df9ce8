namespace Whiteboard.Core.Participants;

/// <summary>
/// Someone who joined the board. <see cref="Active"/> is false once the facilitator moved them to another group or
/// <see cref="Removed"/> them: their notes stay here, they no longer act here. Whether they are online is presence, kept
/// outside the board's state. <see cref="Unit"/> is where they work (单位, rule P7), when they said or a facilitator set it.
/// </summary>
public sealed record Participant(Guid Id, string Name, ParticipantRole Role, ParticipantLocation Location, DateTimeOffset JoinedAt,
    bool Active = true, bool Removed = false, string? Unit = null);
