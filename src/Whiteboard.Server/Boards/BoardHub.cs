using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Boards;

/// <summary>
/// The board's transport, kept thin: authorise the connection, hand the command to the board's room (which decides
/// through the core, stores and broadcasts), answer. See docs/PROTOCOL.md.
/// </summary>
public sealed class BoardHub(
    ParticipantJoining joining, BoardRooms rooms, PresenceTracker presence, RejectionMessages messages) : Hub<IBoardClient>
{
    private const int CatchUpPage = 500;
    private const string MemberKey = "member";

    private ConnectionMember? Member => Context.Items.TryGetValue(MemberKey, out var m) ? m as ConnectionMember : null;

    public async Task<JoinResult> Join(JsonElement message)
    {
        if (!IncomingMessage.TryRead<JoinRequest>(message, out var request))
            return Refused(RejectionCode.MalformedMessage, Member?.Culture ?? Cultures.Chinese);
        var culture = request.Language is null ? null : Cultures.For(request.Language);
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString();
        var outcome = await joining.JoinAsync(request, address, Context.ConnectionAborted);
        if (outcome.Rejection is { } rejection) return Refused(rejection.Code, culture ?? Cultures.Chinese);

        var room = outcome.Room!;
        await LeaveBoard();
        // Join the broadcast group before reading the state, so no event falls between the snapshot and the stream.
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroups.Of(room.BoardId));
        Context.Items[MemberKey] = new ConnectionMember(room.BoardId, outcome.ParticipantId, outcome.Role,
            culture ?? Cultures.For(room.State.Language));
        if (presence.Connect(room.BoardId, outcome.ParticipantId, Context.ConnectionId))
            await Clients.OthersInGroup(BoardGroups.Of(room.BoardId)).PresenceChanged(new(room.BoardId, outcome.ParticipantId, true));
        return new JoinResult(null, null, outcome.ParticipantId, outcome.Token, outcome.Role,
            BoardSnapshot.Of(room.State), presence.Online(room.BoardId));
    }

    public async Task<CommandAck> Submit(JsonElement message)
    {
        var culture = Member?.Culture ?? Cultures.Chinese;
        if (!IncomingMessage.TryRead<CommandEnvelope>(message, out var envelope) || envelope.OpId == Guid.Empty)
            return Ack(OpIdOf(message), RejectionCode.MalformedMessage, culture);
        if (Member is not { } member || member.BoardId != envelope.BoardId) return Ack(envelope.OpId, RejectionCode.NotJoined, culture);
        if (envelope.Command.IsServerIssued) return Ack(envelope.OpId, RejectionCode.NotAllowed, culture);
        var room = await rooms.FindAsync(member.BoardId, Context.ConnectionAborted);
        if (room is null) return Ack(envelope.OpId, RejectionCode.BoardNotFound, culture);
        var outcome = await room.SubmitAsync(envelope.OpId, member.ParticipantId, envelope.Command, Context.ConnectionAborted);
        return outcome.Event is { } e
            ? new CommandAck(envelope.OpId, e.Seq, null, null)
            : Ack(envelope.OpId, outcome.Rejection!.Code, culture);
    }

    public async Task<CatchUpResult> CatchUp(Guid boardId, long afterSeq)
    {
        if (Member is not { } member || member.BoardId != boardId) return new CatchUpResult([], false, new Rejection(RejectionCode.NotJoined));
        var room = await rooms.FindAsync(boardId, Context.ConnectionAborted);
        if (room is null) return new CatchUpResult([], false, new Rejection(RejectionCode.BoardNotFound));
        var events = await room.ReadAfterAsync(Math.Max(0, afterSeq), CatchUpPage + 1, Context.ConnectionAborted);
        return events.Count > CatchUpPage ? new CatchUpResult([.. events.Take(CatchUpPage)], true) : new CatchUpResult(events, false);
    }

    /// <summary>Relays a drag preview to the others on the board (rule S3): not decided, not stored.</summary>
    public async Task Drag(Guid boardId, Guid noteId, double x, double y)
    {
        if (Member is not { } member || member.BoardId != boardId || member.Role == ParticipantRole.Observer) return;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return;
        await Clients.OthersInGroup(BoardGroups.Of(boardId)).NoteDragging(new NoteDrag(boardId, noteId, x, y, member.ParticipantId));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveBoard();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveBoard()
    {
        if (Member is not { } member) return;
        Context.Items.Remove(MemberKey);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardGroups.Of(member.BoardId));
        if (presence.Disconnect(member.BoardId, member.ParticipantId, Context.ConnectionId))
            await Clients.Group(BoardGroups.Of(member.BoardId)).PresenceChanged(new(member.BoardId, member.ParticipantId, false));
    }

    private JoinResult Refused(RejectionCode code, CultureInfo culture) => JoinResult.Refused(new Rejection(code), messages.For(code, culture));

    private CommandAck Ack(Guid opId, RejectionCode code, CultureInfo culture) => new(opId, 0, new Rejection(code), messages.For(code, culture));

    /// <summary>The operation id of a message that failed to read, when it has one, so the client can match the answer.</summary>
    private static Guid OpIdOf(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("opId", out var op) && op.TryGetGuid(out var id) ? id : Guid.Empty;
}
