using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Sends each new event to a board's connections as the core's <see cref="Fanout"/> says (rules H1–H4, V4): the SignalR
/// group of each audience, the actor's own connections left out of the audiences they get their own version in.
/// </summary>
public sealed class BoardBroadcaster(IHubContext<BoardHub, IBoardClient> hub, IPresence presence)
{
    public async Task EventAsync(BoardState before, EventEnvelope envelope)
    {
        var boardId = before.BoardId;
        IReadOnlyList<string>? actorConnections = null;
        foreach (var delivery in Fanout.Of(before, envelope))
        {
            var recipients = delivery.To switch
            {
                Recipients.Everyone => hub.Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId)),
                Recipients.Actor => hub.Clients.Group(BoardGroups.Participant(envelope.ActorId)),
                Recipients.Facilitators => hub.Clients.GroupExcept(BoardGroups.Facilitators(boardId),
                    actorConnections ??= await presence.ConnectionsOfAsync(boardId, envelope.ActorId)),
                _ => hub.Clients.GroupExcept(BoardGroups.Others(boardId),
                    actorConnections ??= await presence.ConnectionsOfAsync(boardId, envelope.ActorId)),
            };
            await recipients.EventsAppended(boardId, [delivery.Event]);
        }
    }
}
