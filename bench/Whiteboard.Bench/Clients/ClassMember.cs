using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Protocol;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Clients;

/// <summary>
/// One person of a workshop on a connection of their own, doing what a class does: each command waits for its
/// acknowledgement, and a refusal stops the bench (the session would not be the one described). Events pushed to it are
/// not listened to.
/// </summary>
public sealed class ClassMember : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Joined _joined;

    private ClassMember(HubConnection connection, Joined joined) => (_connection, _joined) = (connection, joined);

    public Guid ParticipantId => _joined.ParticipantId;

    /// <summary>The participant's group board (a facilitator's first).</summary>
    public Guid BoardId => _joined.Boards[0].BoardId;

    public static async Task<ClassMember> JoinAsync(Uri server, JoinRequest request)
    {
        var connection = HubConnections.To(server, BoardHubMethods.Path);
        try
        {
            return new ClassMember(connection, await Joining.JoinAsync(connection, request));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task SubmitAsync(BoardCommand command, Guid? boardId = null)
    {
        var ack = await _connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(Guid.NewGuid(), boardId ?? BoardId, command));
        Check(ack, command);
    }

    /// <summary>A facilitator's stage command for every group (rule W5).</summary>
    public async Task SubmitToAllAsync(BoardCommand command)
    {
        var envelope = new WorkshopCommandEnvelope(Guid.NewGuid(), _joined.Workshop!.WorkshopId, command);
        foreach (var board in await _connection.InvokeAsync<IReadOnlyList<BoardAck>>(BoardHubMethods.SubmitToAll, envelope))
            Check(board.Ack, command);
    }

    /// <summary>The latest sequence number of every board this person sees: how many events each holds.</summary>
    public Task<IReadOnlyList<BoardHead>> HeadsAsync() => _connection.InvokeAsync<IReadOnlyList<BoardHead>>(BoardHubMethods.Heads);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static void Check(CommandAck ack, BoardCommand command)
    {
        if (ack.Rejection is { } rejection)
            throw new InvalidOperationException($"{command.GetType().Name} refused: {rejection.Code} {ack.Message}");
    }
}
