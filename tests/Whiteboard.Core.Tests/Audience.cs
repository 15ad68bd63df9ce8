using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Who receives which version of an event, exactly as the hub sends it (BoardBroadcaster): the actor's own connections get
/// the actor's view, other facilitators the facilitators' view, every other participant and observer the participants' view.
/// </summary>
internal static class Audience
{
    public static EventEnvelope Sent(BoardState before, EventEnvelope envelope, Viewer recipient)
    {
        if (envelope.ActorId == recipient.ParticipantId)
        {
            var actorRole = before.RoleOf(envelope.ActorId) ?? ParticipantRole.Participant;
            return Visibility.Project(before, envelope, new Viewer(envelope.ActorId, actorRole));
        }
        return Visibility.Project(before, envelope, recipient.IsFacilitator ? Viewer.AnyFacilitator : Viewer.AnyParticipant);
    }
}
