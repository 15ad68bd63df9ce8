using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

public sealed record ParticipantJoined(Guid ParticipantId, string Name, ParticipantRole Role, ParticipantLocation Location) : BoardEvent;
