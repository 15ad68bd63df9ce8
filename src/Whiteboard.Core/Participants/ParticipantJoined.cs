using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>Someone joined; <see cref="Unit"/> is null when they gave none (and in events stored before units, rule P7).</summary>
public sealed record ParticipantJoined(Guid ParticipantId, string Name, ParticipantRole Role, ParticipantLocation Location, string? Unit = null)
    : BoardEvent;
