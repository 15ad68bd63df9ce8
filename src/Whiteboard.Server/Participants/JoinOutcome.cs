using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Participants;

/// <summary>Who joined, and the boards they see: their group's, or every group's for facilitators and observers.</summary>
public sealed record JoinOutcome(
    WorkshopRecord? Workshop, IReadOnlyList<BoardRoom> Rooms, Guid ParticipantId, string? Token, ParticipantRole Role, Rejection? Rejection)
{
    public static JoinOutcome Refused(RejectionCode code) => new(null, [], Guid.Empty, null, ParticipantRole.Participant, new Rejection(code));
}
