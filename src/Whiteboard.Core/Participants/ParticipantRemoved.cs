using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

public sealed record ParticipantRemoved(Guid ParticipantId) : BoardEvent;
