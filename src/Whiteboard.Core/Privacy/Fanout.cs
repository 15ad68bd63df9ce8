using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Privacy;

/// <summary>
/// Rules H1–H4, V4: who receives which projection of a new event. The actor's own version to the actor, a facilitator's
/// version to the other facilitators, everyone else's version to everyone else; when the three are the same — most
/// events — one send to the whole board. The server sends exactly this; tests check it.
/// </summary>
public static class Fanout
{
    public static IReadOnlyList<Delivery> Of(BoardState before, EventEnvelope envelope)
    {
        var actorRole = before.RoleOf(envelope.ActorId) ?? ParticipantRole.Participant;
        var own = Visibility.Project(before, envelope, new Viewer(envelope.ActorId, actorRole));
        var facilitators = Visibility.Project(before, envelope, Viewer.AnyFacilitator);
        var others = Visibility.Project(before, envelope, Viewer.AnyParticipant);
        return own == facilitators && facilitators == others
            ? [new Delivery(Recipients.Everyone, own)]
            : [new Delivery(Recipients.Actor, own), new Delivery(Recipients.Facilitators, facilitators), new Delivery(Recipients.Others, others)];
    }

    /// <summary>The version one recipient gets of <see cref="Of"/>.</summary>
    public static EventEnvelope SentTo(BoardState before, EventEnvelope envelope, Viewer recipient)
    {
        var deliveries = Of(before, envelope);
        var to = recipient.ParticipantId == envelope.ActorId ? Recipients.Actor
            : recipient.IsFacilitator ? Recipients.Facilitators
            : Recipients.Others;
        return (deliveries.FirstOrDefault(d => d.To == to) ?? deliveries.Single(d => d.To == Recipients.Everyone)).Event;
    }
}
