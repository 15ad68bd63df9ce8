using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Bench.Measuring;
using Whiteboard.Core.Protocol;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Clients;

/// <summary>A participant of our board hub: joins by the board's code and name, then submits commands.</summary>
public sealed class WhiteboardClient : LoadClient
{
    private static int _reportedRejection;
    private Guid _boardId;

    private WhiteboardClient(HubConnection connection, int index, int receivers, Recorder recorder)
        : base(connection, index, receivers, recorder) { }

    public static async Task<WhiteboardClient> JoinAsync(Uri server, string code, string name, int index, int receivers, Recorder recorder)
    {
        var client = new WhiteboardClient(HubConnections.To(server, BoardHubMethods.Path), index, receivers, recorder);
        client.ListenForEvents();
        client._boardId = (await Joining.JoinAsync(client.Connection, new JoinRequest(code, name))).Boards[0].BoardId;
        return client;
    }

    protected override async Task<bool> SendAsync(Guid opId, BoardCommand command)
    {
        var ack = await Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(opId, _boardId, command));
        if (ack.Rejection is { } rejection && Interlocked.Exchange(ref _reportedRejection, 1) == 0)
            Console.Error.WriteLine($"  (first rejection: {rejection.Code} for {command.GetType().Name}; later ones are only counted)");
        return ack.Accepted;
    }
}
