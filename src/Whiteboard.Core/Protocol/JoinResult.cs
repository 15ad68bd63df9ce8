using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Who the joiner is and the boards they may see, each as they may see it: a participant their group's board, facilitators
/// and observers every group's. <see cref="FollowUpToken"/> opens this person's action items later (/f#t={token}),
/// from any device, without joining. After a join the connection receives every new event of those boards; events up to each
/// snapshot's sequence number are already in it. <see cref="ServerTime"/> lets the browser show timers in server time.
/// A throttled join says when to try again (<see cref="RetryAfterSeconds"/>).
/// </summary>
public sealed record JoinResult(
    Rejection? Rejection,
    string? Message,
    Guid ParticipantId,
    string? ParticipantToken,
    ParticipantRole Role,
    WorkshopInfo? Workshop,
    IReadOnlyList<BoardSnapshot> Boards,
    IReadOnlyList<Guid> Online,
    DateTimeOffset ServerTime,
    string? FollowUpToken = null,
    int? RetryAfterSeconds = null)
{
    /// <param name="retryAfter">When a throttled browser may try again (<c>TooManyAttempts</c>, <c>TooManyJoins</c>, <c>TooFast</c>).</param>
    public static JoinResult Refused(Rejection rejection, string message, DateTimeOffset now, TimeSpan? retryAfter = null) =>
        new(rejection, message, Guid.Empty, null, ParticipantRole.Participant, null, [], [], now,
            RetryAfterSeconds: retryAfter is { } wait ? (int)Math.Ceiling(wait.TotalSeconds) : null);
}
