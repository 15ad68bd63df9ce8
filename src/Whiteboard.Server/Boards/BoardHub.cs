using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Boards;

/// <summary>
/// The boards' transport, kept thin: authorise the connection, hand commands to the boards' rooms (which decide through the
/// core, store, and broadcast to each viewer what they may see), answer. See docs/PROTOCOL.md. Joining and leaving are here;
/// commands are in BoardHub.Commands.cs.
/// </summary>
public sealed partial class BoardHub(
    ParticipantJoining joining,
    ParticipantMoving moving,
    BoardRooms rooms,
    IPresence presence,
    RejectionMessages messages,
    PublicAddress publicAddress,
    FollowUpLinks followUps,
    TimeProvider time) : Hub<IBoardClient>
{
    private const string MemberKey = "member";

    private ConnectionMember? Member => Context.Items.TryGetValue(MemberKey, out var m) ? m as ConnectionMember : null;

    private CultureInfo Culture => Member?.Culture ?? Cultures.Chinese;

    public async Task<JoinResult> Join(JsonElement message)
    {
        if (!IncomingMessage.TryRead<JoinRequest>(message, out var request)) return Refused(RejectionCode.MalformedMessage, Culture);
        var culture = request.Language is null ? null : Cultures.For(request.Language);
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString();
        var outcome = await joining.JoinAsync(request, address, Context.ConnectionAborted);
        if (outcome.Rejection is { } rejection) return Refused(rejection.Code, culture ?? Cultures.Chinese);

        await LeaveBoards();
        var workshop = outcome.Workshop!;
        var member = new ConnectionMember(workshop, outcome.ParticipantId, outcome.Role, culture ?? Cultures.For(workshop.Language),
            [.. outcome.Rooms.Select(r => r.BoardId)]);
        // Own group, then presence, then the board's audience, then the state: an event is either in the snapshot or
        // arrives after it, and the broadcast that leaves this participant's connections out already knows this one.
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroups.Participant(member.ParticipantId));
        foreach (var boardId in member.BoardIds)
        {
            if (await presence.ConnectAsync(boardId, member.ParticipantId, Context.ConnectionId))
                await Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId))
                    .PresenceChanged(new PresenceChange(boardId, member.ParticipantId, true));
            await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroups.AudienceOf(boardId, member.IsFacilitator));
        }
        Context.Items[MemberKey] = member;
        var snapshots = outcome.Rooms.Select(r => BoardSnapshot.Of(Visibility.Snapshot(r.State, member.Viewer))).ToList();
        var online = new HashSet<Guid>();
        foreach (var boardId in member.BoardIds) online.UnionWith(await presence.OnlineAsync(boardId));
        return new JoinResult(null, null, member.ParticipantId, outcome.Token, member.Role,
            new WorkshopInfo(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language, workshop.Template,
                [.. workshop.BoardIds.Select((id, i) => new GroupInfo(id, i + 1))],
                Context.GetHttpContext() is { } http ? publicAddress.JoinUrl(http.Request, workshop.Code) : null),
            snapshots, [.. online], time.GetUtcNow(),
            member.Role == ParticipantRole.Observer ? null
                : await followUps.IssueAsync(workshop.WorkshopId, new ActionOwnerKey(member.ParticipantId, null), Context.ConnectionAborted));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveBoards();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveBoards()
    {
        if (Member is not { } member) return;
        Context.Items.Remove(MemberKey);
        foreach (var boardId in member.BoardIds)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardGroups.AudienceOf(boardId, member.IsFacilitator));
            if (await presence.DisconnectAsync(boardId, member.ParticipantId, Context.ConnectionId))
                await Clients.Groups(BoardGroups.Facilitators(boardId), BoardGroups.Others(boardId))
                    .PresenceChanged(new PresenceChange(boardId, member.ParticipantId, false));
        }
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardGroups.Participant(member.ParticipantId));
    }

    private JoinResult Refused(RejectionCode code, CultureInfo culture) =>
        JoinResult.Refused(new Rejection(code), messages.For(code, culture), time.GetUtcNow());

    private CommandAck Ack(Guid opId, RejectionCode code) => new(opId, 0, new Rejection(code), messages.For(code, Culture));
}
