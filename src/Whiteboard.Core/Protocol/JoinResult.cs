using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Who the joiner is on the board and the board as they may see it. After a join the connection receives every new event;
/// events up to <see cref="BoardSnapshot.Seq"/> are already in the snapshot.
/// </summary>
public sealed record JoinResult(
    Rejection? Rejection,
    string? Message,
    Guid ParticipantId,
    string? ParticipantToken,
    ParticipantRole Role,
    BoardSnapshot? Snapshot,
    IReadOnlyList<Guid> Online)
{
    public static JoinResult Refused(Rejection rejection, string message) =>
        new(rejection, message, Guid.Empty, null, ParticipantRole.Participant, null, []);
}
