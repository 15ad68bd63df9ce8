namespace Whiteboard.Core.Participants;

/// <summary>Someone who joined the board. Whether they are online is presence, kept outside the board's state.</summary>
public sealed record Participant(Guid Id, string Name, ParticipantRole Role, ParticipantLocation Location, DateTimeOffset JoinedAt);
