using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Participants;
using Whiteboard.Server.Presence;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Boards;

/// <summary>
/// The boards' transport, kept thin: read what the client sent strictly, authorise the connection, hand the work to the
/// rooms (which decide through the core, store and broadcast) and to the classes that join, move and remove people,
/// answer. See docs/PROTOCOL.md; the limits every call is under are in docs/SECURITY.md.
/// </summary>
public sealed class BoardHub(
    ParticipantJoining joining,
    ParticipantMoving moving,
    ParticipantRemoving removing,
    FacilitatorSignOut signOut,
    BoardRooms rooms,
    BoardConnections connections,
    DragRelays dragRelays,
    IPresence presence,
    RejectionMessages messages,
    PublicAddress publicAddress,
    FollowUpLinks followUps,
    TimeProvider time) : Hub<IBoardClient>
{
    private const int CatchUpPage = 500;

    private ConnectionMember? Member => ConnectionMember.Of(Context);

    private CultureInfo Culture => ConnectionMember.CultureOf(Context);

    public async Task<JoinResult> Join(JsonElement message)
    {
        if (!IncomingMessage.TryRead<JoinRequest>(message, out var request)) return Refused(RejectionCode.MalformedMessage, Culture);
        var culture = request.Language is null ? null : Cultures.For(request.Language);
        var address = ClientAddress.Of(Context.GetHttpContext());
        // Rule 3 (nothing half-done): a join that reached the server is finished even if its connection closes meanwhile;
        // cut short, it could leave a person joined to some of a workshop's boards and not the others (a facilitator or
        // observer joins every group's). The connection's closing is handled after it, below.
        var slots = ConnectionSlots.Of(Context);
        var outcome = await joining.JoinAsync(request, address, mayCreate: slots?.CreatedPerson != true, CancellationToken.None);
        if (outcome.Rejection is { } rejection) return Refused(rejection.Code, culture ?? Cultures.Chinese, outcome.RetryAfter);
        if (outcome.Created && slots is not null) slots.CreatedPerson = true; // one new person per connection; coming back as them is always fine

        await LeaveBoards();
        var workshop = outcome.Workshop!;
        var member = new ConnectionMember(workshop, outcome.ParticipantId, outcome.Role, culture ?? Cultures.For(workshop.Language),
            [.. outcome.Rooms.Select(r => r.BoardId)]);
        await connections.EnterAsync(Context.ConnectionId, member);
        ConnectionMember.Set(Context, member);
        // The connection may have closed while this join was on its way: its disconnect found no member to take off the
        // boards, and the presence just written would show this person online for good. Take it off again.
        if (Context.ConnectionAborted.IsCancellationRequested)
        {
            await LeaveBoards();
            return Refused(RejectionCode.Unavailable, member.Culture);
        }
        var snapshots = outcome.Rooms.Select(r => BoardSnapshot.Of(Visibility.Snapshot(r.State, member.Viewer))).ToList();
        var followUp = member.Role == ParticipantRole.Observer ? null
            : await followUps.IssueAsync(workshop.WorkshopId, new ActionOwnerKey(member.ParticipantId, null), Context.ConnectionAborted);
        // Who is online, read last: a change after this read reaches this connection as an event (it is in the boards'
        // groups already), and the browser lets the events it received while joining win over this list.
        var online = new HashSet<Guid>();
        foreach (var boardId in member.BoardIds) online.UnionWith(await presence.OnlineAsync(boardId));
        return new JoinResult(null, null, member.ParticipantId, outcome.Token, member.Role,
            new WorkshopInfo(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language, workshop.Template,
                [.. workshop.BoardIds.Select((id, i) => new GroupInfo(id, i + 1))],
                Context.GetHttpContext() is { } http ? publicAddress.JoinUrl(http.Request, workshop.Code) : null),
            snapshots, [.. online], time.GetUtcNow(), followUp);
    }

    public async Task<CommandAck> Submit(JsonElement message)
    {
        if (!IncomingMessage.TryRead<CommandEnvelope>(message, out var envelope) || envelope.OpId == Guid.Empty)
            return Ack(IncomingMessage.OpIdOf(message), RejectionCode.MalformedMessage);
        if (Member is not { } member || !member.Sees(envelope.BoardId)) return Ack(envelope.OpId, RejectionCode.NotJoined);
        if (envelope.Command.IsServerIssued) return Ack(envelope.OpId, RejectionCode.NotAllowed);
        return await SubmitTo(envelope.BoardId, envelope.OpId, member, envelope.Command);
    }

    /// <summary>Rule W5: a stage command for every group of the facilitator's workshop.</summary>
    public async Task<IReadOnlyList<BoardAck>> SubmitToAll(JsonElement message)
    {
        if (!IncomingMessage.TryRead<WorkshopCommandEnvelope>(message, out var envelope) || envelope.OpId == Guid.Empty)
            return [new BoardAck(Guid.Empty, Ack(IncomingMessage.OpIdOf(message), RejectionCode.MalformedMessage))];
        if (Member is not { } member || member.Workshop.WorkshopId != envelope.WorkshopId)
            return [new BoardAck(Guid.Empty, Ack(envelope.OpId, RejectionCode.NotJoined))];
        if (!member.IsFacilitator || !StageCommands.Includes(envelope.Command))
            return [new BoardAck(Guid.Empty, Ack(envelope.OpId, RejectionCode.NotAllowed))];
        var acks = new List<BoardAck>();
        foreach (var boardId in member.BoardIds)
            acks.Add(new BoardAck(boardId, await SubmitTo(boardId, OperationIds.For(envelope.OpId, boardId), member, envelope.Command)));
        return acks;
    }

    /// <summary>Rule W3.</summary>
    public Task<CommandAck> MoveParticipant(JsonElement message) =>
        ManageAsync<MoveParticipantRequest>(message, r => r.OpId,
            (member, request) => moving.MoveAsync(member.Workshop, member.ParticipantId, request, Context.ConnectionAborted));

    /// <summary>Rule P6.</summary>
    public Task<CommandAck> RemoveParticipant(JsonElement message) =>
        ManageAsync<RemoveParticipantRequest>(message, r => r.OpId,
            (member, request) => removing.RemoveAsync(member.Workshop, member.ParticipantId, request, Context.ConnectionAborted));

    /// <summary>A change of who is in the workshop (rules W3, P6): read strictly, by a facilitator of it, answered once.</summary>
    private async Task<CommandAck> ManageAsync<TRequest>(JsonElement message, Func<TRequest, Guid> opIdOf,
        Func<ConnectionMember, TRequest, Task<Rejection?>> change) where TRequest : class
    {
        if (!IncomingMessage.TryRead<TRequest>(message, out var request) || opIdOf(request) == Guid.Empty)
            return Ack(IncomingMessage.OpIdOf(message), RejectionCode.MalformedMessage);
        var opId = opIdOf(request);
        if (Member is not { } member) return Ack(opId, RejectionCode.NotJoined);
        if (ParticipantAccess.CheckManage(member.Viewer) is { } refused) return Ack(opId, refused);
        var rejection = await change(member, request);
        return rejection is null ? new CommandAck(opId, 0, null, null) : Ack(opId, rejection.Code);
    }

    /// <summary>A facilitator signs out every other facilitator device: a new facilitator secret, for this device only.</summary>
    public async Task<SignOutResult> SignOutOtherDevices(JsonElement message)
    {
        if (!IncomingMessage.TryRead<SignOutRequest>(message, out var request) || request.OpId == Guid.Empty)
            return SignOutRefused(IncomingMessage.OpIdOf(message), RejectionCode.MalformedMessage);
        if (Member is not { } member) return SignOutRefused(request.OpId, RejectionCode.NotJoined);
        if (ParticipantAccess.CheckManage(member.Viewer) is { } refused) return SignOutRefused(request.OpId, refused);
        var (secret, rejection) = await signOut.SignOutOthersAsync(member.Workshop, member.ParticipantId, request.OpId, Context.ConnectionAborted);
        if (rejection is not null) return SignOutRefused(request.OpId, rejection.Code);
        var url = Context.GetHttpContext() is { } http ? $"{publicAddress.JoinUrl(http.Request, member.Workshop.Code)}#facilitator={secret}" : null;
        return new SignOutResult(request.OpId, null, null, secret, url);
    }

    /// <summary>Rule S2: the events after a sequence number, each as this connection may see it.</summary>
    public async Task<CatchUpResult> CatchUp(JsonElement boardId, JsonElement afterSeq)
    {
        if (!IncomingMessage.TryGuid(boardId, out var board) || !IncomingMessage.TryLong(afterSeq, out var after))
            return new CatchUpResult([], false, new Rejection(RejectionCode.MalformedMessage));
        if (Member is not { } member || !member.Sees(board)) return new CatchUpResult([], false, new Rejection(RejectionCode.NotJoined));
        var room = await rooms.FreshAsync(board, Context.ConnectionAborted);
        if (room is null) return new CatchUpResult([], false, new Rejection(RejectionCode.BoardNotFound));
        if (!room.State.IsMember(member.ParticipantId)) return new CatchUpResult([], false, new Rejection(RejectionCode.NotJoined));
        return room.ReadAfter(Math.Max(0, after), CatchUpPage, member.Viewer);
    }

    /// <summary>
    /// The latest sequence number of each board this connection still belongs to, and who is online on it: a cheap
    /// periodic check that repairs any silent divergence (a client behind catches up; a presence message missed or
    /// overtaken is put right).
    /// </summary>
    public async Task<IReadOnlyList<BoardHead>> Heads()
    {
        if (Member is not { } member) return [];
        var heads = new List<BoardHead>();
        foreach (var boardId in member.BoardIds)
            if (await rooms.FreshAsync(boardId, Context.ConnectionAborted) is { } room && room.State.IsMember(member.ParticipantId))
                heads.Add(new BoardHead(boardId, room.State.Seq, await presence.OnlineAsync(boardId)));
        return heads;
    }

    /// <summary>Relays a drag preview to the others on the board (rule S3): not decided, not stored, throttled (<see cref="DragRelay"/>).</summary>
    public Task Drag(JsonElement boardId, JsonElement noteId, JsonElement x, JsonElement y)
    {
        if (Member is not { } member || !IncomingMessage.TryGuid(boardId, out var board) || !member.Sees(board)
            || !IncomingMessage.TryGuid(noteId, out var note) || !IncomingMessage.TryFiniteDouble(x, out var left)
            || !IncomingMessage.TryFiniteDouble(y, out var top))
            return Task.CompletedTask;
        return Drags(member).OfferAsync(board, note, left, top);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        ConnectionSlots.Of(Context)?.Drags?.Dispose();
        await LeaveBoards();
        await base.OnDisconnectedAsync(exception);
    }

    private DragRelay Drags(ConnectionMember member)
    {
        var slots = ConnectionSlots.Of(Context)!;
        return slots.Drags ??= dragRelays.For(Context.ConnectionId, member.ParticipantId);
    }

    private async Task LeaveBoards()
    {
        if (Member is not { } member) return;
        ConnectionMember.Set(Context, null);
        await connections.LeaveAsync(Context.ConnectionId, member);
    }

    private async Task<CommandAck> SubmitTo(Guid boardId, Guid opId, ConnectionMember member, BoardCommand command)
    {
        var room = await rooms.FindAsync(boardId, Context.ConnectionAborted);
        if (room is null) return Ack(opId, RejectionCode.BoardNotFound);
        var outcome = await room.SubmitAsync(opId, member.ParticipantId, command, Context.ConnectionAborted);
        return outcome.Event is { } e ? new CommandAck(opId, e.Seq, null, null) : Ack(opId, outcome.Rejection!.Code);
    }

    private JoinResult Refused(RejectionCode code, CultureInfo culture, TimeSpan? retryAfter = null) =>
        JoinResult.Refused(new Rejection(code), messages.For(code, culture), time.GetUtcNow(), retryAfter);

    private CommandAck Ack(Guid opId, RejectionCode code) => new(opId, 0, new Rejection(code), messages.For(code, Culture));

    private SignOutResult SignOutRefused(Guid opId, RejectionCode code) => new(opId, new Rejection(code), messages.For(code, Culture));
}
