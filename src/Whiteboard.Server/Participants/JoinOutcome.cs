using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;

namespace Whiteboard.Server.Participants;

public sealed record JoinOutcome(BoardRoom? Room, Guid ParticipantId, string? Token, ParticipantRole Role, Rejection? Rejection)
{
    public static JoinOutcome Refused(RejectionCode code) => new(null, Guid.Empty, null, ParticipantRole.Participant, new Rejection(code));
}
