using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Boards;

/// <summary>
/// Which connections hear which boards: the SignalR groups (docs/PROTOCOL.md, "Workshops, groups and audiences") and
/// presence. Works across nodes — groups through the backplane, presence in the shared store — so a move, a removal or a
/// sign-out made on one node takes a person's connections on every node off the boards at once.
/// </summary>
public sealed class BoardConnections(IHubContext<BoardHub, IBoardClient> hub, IPresence presence)
{
    /// <summary>
    /// Own group, then presence, then each board's audience: an event is either in the join's snapshot or arrives after it,
    /// and a broadcast that leaves this person's connections out already knows this one.
    /// </summary>
    public async Task EnterAsync(string connectionId, ConnectionMember member)
    {
        await hub.Groups.AddToGroupAsync(connectionId, BoardGroups.Participant(member.ParticipantId));
        foreach (var boardId in member.BoardIds)
        {
            if (await presence.ConnectAsync(boardId, member.ParticipantId, connectionId))
                await Announce(boardId, member.ParticipantId, online: true);
            await hub.Groups.AddToGroupAsync(connectionId, BoardGroups.AudienceOf(boardId, member.IsFacilitator));
        }
    }

    public async Task LeaveAsync(string connectionId, ConnectionMember member)
    {
        await LeaveBoardsAsync(connectionId, member.ParticipantId, member.BoardIds);
        await hub.Groups.RemoveFromGroupAsync(connectionId, BoardGroups.Participant(member.ParticipantId));
    }

    /// <summary>
    /// Takes every connection of a person off <paramref name="boardIds"/> (both audiences, presence); with
    /// <paramref name="ended"/>, also out of their own group, told why. Returns the connections it found.
    /// </summary>
    public async Task<IReadOnlyList<string>> CutAsync(Guid participantId, IEnumerable<Guid> boardIds, AccessEnded? ended = null)
    {
        var boards = boardIds.ToList();
        var connections = new HashSet<string>();
        foreach (var boardId in boards) connections.UnionWith(await presence.ConnectionsOfAsync(boardId, participantId));
        if (ended is not null && connections.Count > 0) await hub.Clients.Clients([.. connections]).AccessEnded(ended);
        foreach (var connection in connections)
        {
            await LeaveBoardsAsync(connection, participantId, boards);
            if (ended is not null) await hub.Groups.RemoveFromGroupAsync(connection, BoardGroups.Participant(participantId));
        }
        return [.. connections];
    }

    /// <summary>Everyone online on the boards, each cut off with <paramref name="ended"/> (the workshop is gone).</summary>
    public async Task CutEveryoneAsync(IReadOnlyList<Guid> boardIds, AccessEnded ended)
    {
        var people = new HashSet<Guid>();
        foreach (var boardId in boardIds) people.UnionWith(await presence.OnlineAsync(boardId));
        foreach (var person in people) await CutAsync(person, boardIds, ended);
    }

    private async Task LeaveBoardsAsync(string connectionId, Guid participantId, IEnumerable<Guid> boardIds)
    {
        foreach (var boardId in boardIds)
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, BoardGroups.Facilitators(boardId));
            await hub.Groups.RemoveFromGroupAsync(connectionId, BoardGroups.Others(boardId));
            if (await presence.DisconnectAsync(boardId, participantId, connectionId)) await Announce(boardId, participantId, online: false);
        }
    }

    private Task Announce(Guid boardId, Guid participantId, bool online) =>
        hub.Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId))
            .PresenceChanged(new PresenceChange(boardId, participantId, online));
}
