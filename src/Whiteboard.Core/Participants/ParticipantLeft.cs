using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

public sealed record ParticipantLeft(Guid ParticipantId) : BoardEvent;
