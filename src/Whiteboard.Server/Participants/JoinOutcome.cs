using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Who joined, and the boards they see: their group's, or every group's for facilitators and observers. A refusal says
/// why, and when to try again if the address is throttled.
/// </summary>
public sealed record JoinOutcome(
    WorkshopRecord? Workshop, IReadOnlyList<BoardRoom> Rooms, Guid ParticipantId, string? Token, ParticipantRole Role, Rejection? Rejection,
    bool Created = false, TimeSpan? RetryAfter = null)
{
    public static JoinOutcome Refused(RejectionCode code, TimeSpan? retryAfter = null) =>
        new(null, [], Guid.Empty, null, ParticipantRole.Participant, new Rejection(code), RetryAfter: retryAfter);
}
