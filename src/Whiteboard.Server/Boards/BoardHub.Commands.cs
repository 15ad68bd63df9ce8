using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Server.Boards;

public sealed partial class BoardHub
{
    private const int CatchUpPage = 500;

    public async Task<CommandAck> Submit(JsonElement message)
    {
        if (!IncomingMessage.TryRead<CommandEnvelope>(message, out var envelope) || envelope.OpId == Guid.Empty)
            return Ack(OpIdOf(message), RejectionCode.MalformedMessage);
        if (Member is not { } member || !member.Sees(envelope.BoardId)) return Ack(envelope.OpId, RejectionCode.NotJoined);
        if (envelope.Command.IsServerIssued) return Ack(envelope.OpId, RejectionCode.NotAllowed);
        return await SubmitTo(envelope.BoardId, envelope.OpId, member, envelope.Command);
    }

    /// <summary>Rule W5: a stage command for every group of the facilitator's workshop.</summary>
    public async Task<IReadOnlyList<BoardAck>> SubmitToAll(JsonElement message)
    {
        if (!IncomingMessage.TryRead<WorkshopCommandEnvelope>(message, out var envelope) || envelope.OpId == Guid.Empty)
            return [new BoardAck(Guid.Empty, Ack(OpIdOf(message), RejectionCode.MalformedMessage))];
        if (Member is not { } member || member.Workshop.WorkshopId != envelope.WorkshopId)
            return [new BoardAck(Guid.Empty, Ack(envelope.OpId, RejectionCode.NotJoined))];
        if (!member.IsFacilitator || !IsStageCommand(envelope.Command))
            return [new BoardAck(Guid.Empty, Ack(envelope.OpId, RejectionCode.NotAllowed))];
        var acks = new List<BoardAck>();
        foreach (var boardId in member.BoardIds)
            acks.Add(new BoardAck(boardId, await SubmitTo(boardId, OperationIds.For(envelope.OpId, boardId), member, envelope.Command)));
        return acks;
    }

    public async Task<CommandAck> MoveParticipant(JsonElement message)
    {
        if (!IncomingMessage.TryRead<MoveParticipantRequest>(message, out var request) || request.OpId == Guid.Empty)
            return Ack(OpIdOf(message), RejectionCode.MalformedMessage);
        if (Member is not { } member) return Ack(request.OpId, RejectionCode.NotJoined);
        if (!member.IsFacilitator) return Ack(request.OpId, RejectionCode.NotAllowed);
        var rejection = await moving.MoveAsync(member.Workshop, member.ParticipantId, request, Context.ConnectionAborted);
        return rejection is null ? new CommandAck(request.OpId, 0, null, null) : Ack(request.OpId, rejection.Code);
    }

    /// <summary>Rule S2: the events after a sequence number, each as this connection may see it.</summary>
    public async Task<CatchUpResult> CatchUp(Guid boardId, long afterSeq)
    {
        if (Member is not { } member || !member.Sees(boardId)) return new CatchUpResult([], false, new Rejection(RejectionCode.NotJoined));
        var room = await rooms.FreshAsync(boardId, Context.ConnectionAborted);
        return room is null
            ? new CatchUpResult([], false, new Rejection(RejectionCode.BoardNotFound))
            : room.ReadAfter(Math.Max(0, afterSeq), CatchUpPage, member.Viewer);
    }

    /// <summary>
    /// The latest sequence number of each board this connection sees: a cheap periodic check that repairs any silent
    /// divergence (a client behind catches up).
    /// </summary>
    public async Task<IReadOnlyList<BoardHead>> Heads()
    {
        if (Member is not { } member) return [];
        var heads = new List<BoardHead>();
        foreach (var boardId in member.BoardIds)
            if (await rooms.FreshAsync(boardId, Context.ConnectionAborted) is { } room) heads.Add(new BoardHead(boardId, room.State.Seq));
        return heads;
    }

    /// <summary>
    /// Relays a drag preview to the others on the board (rule S3): not decided, not stored. A hidden note's preview goes to
    /// the facilitators only (H1), and an anonymous note's does not say who drags it (H3).
    /// </summary>
    public async Task Drag(Guid boardId, Guid noteId, double x, double y)
    {
        if (Member is not { } member || !member.Sees(boardId) || member.Role == ParticipantRole.Observer) return;
        if (!double.IsFinite(x) || !double.IsFinite(y)) return;
        var room = await rooms.FindAsync(boardId, Context.ConnectionAborted);
        if (room?.State.Notes.GetValueOrDefault(noteId) is not { } note) return;
        var dragger = note.Anonymity == NoteAnonymity.Named ? member.ParticipantId : Guid.Empty;
        var drag = new NoteDrag(boardId, noteId, x, y, dragger);
        string[] except = [Context.ConnectionId];
        await Clients.GroupExcept(BoardGroups.Facilitators(boardId), except).NoteDragging(drag);
        if (!note.Hidden) await Clients.GroupExcept(BoardGroups.Others(boardId), except).NoteDragging(drag);
    }

    private async Task<CommandAck> SubmitTo(Guid boardId, Guid opId, ConnectionMember member, BoardCommand command)
    {
        var room = await rooms.FindAsync(boardId, Context.ConnectionAborted);
        if (room is null) return Ack(opId, RejectionCode.BoardNotFound);
        var outcome = await room.SubmitAsync(opId, member.ParticipantId, command, Context.ConnectionAborted);
        return outcome.Event is { } e ? new CommandAck(opId, e.Seq, null, null) : Ack(opId, outcome.Rejection!.Code);
    }

    private static bool IsStageCommand(BoardCommand command) => command is AdvanceStage or LockStage or UnlockStage or ReopenStage
        or ChangeStageSettings or RevealNotes or RevealVotes or ControlTimer;

    /// <summary>The operation id of a message that failed to read, when it has one, so the client can match the answer.</summary>
    private static Guid OpIdOf(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("opId", out var op) && op.TryGetGuid(out var id) ? id : Guid.Empty;
}
