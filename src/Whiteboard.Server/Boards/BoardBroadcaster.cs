using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Sends each new event to a board's connections as each may see it (docs/RULES.md H1–H4, V4): the actor's own version to
/// the actor, a facilitator's version to the other facilitators, everyone else's version to everyone else. When the three
/// are the same — most events — it is one send to the whole board.
/// </summary>
public sealed class BoardBroadcaster(IHubContext<BoardHub, IBoardClient> hub, IPresence presence)
{
    public async Task EventAsync(BoardState before, EventEnvelope envelope)
    {
        var boardId = before.BoardId;
        var actorRole = before.RoleOf(envelope.ActorId) ?? ParticipantRole.Participant;
        var own = Visibility.Project(before, envelope, new Viewer(envelope.ActorId, actorRole));
        var facilitators = Visibility.Project(before, envelope, Viewer.AnyFacilitator);
        var others = Visibility.Project(before, envelope, Viewer.AnyParticipant);
        if (own == facilitators && facilitators == others)
        {
            await hub.Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId)).EventsAppended(boardId, [own]);
            return;
        }
        var actorConnections = await presence.ConnectionsOfAsync(boardId, envelope.ActorId);
        await hub.Clients.Group(BoardGroups.Participant(envelope.ActorId)).EventsAppended(boardId, [own]);
        await hub.Clients.GroupExcept(BoardGroups.Facilitators(boardId), actorConnections).EventsAppended(boardId, [facilitators]);
        await hub.Clients.GroupExcept(BoardGroups.Others(boardId), actorConnections).EventsAppended(boardId, [others]);
    }
}
