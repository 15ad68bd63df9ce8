using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Bench.Bare;
using Whiteboard.Bench.Measuring;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Clients;

/// <summary>
/// A participant of the bare baseline: instead of a command it sends the event our server would make of it — the same
/// envelope, of the same size — and the bare hub only relays it to the group.
/// </summary>
public sealed class BareClient : LoadClient
{
    private readonly Guid _group;
    private readonly Guid _participantId = Guid.NewGuid();

    private BareClient(HubConnection connection, Guid group, int index, int receivers, Recorder recorder)
        : base(connection, index, receivers, recorder) => _group = group;

    public static async Task<BareClient> JoinAsync(Uri server, Guid group, int index, int receivers, Recorder recorder)
    {
        var client = new BareClient(HubConnections.To(server, BareHub.Path), group, index, receivers, recorder);
        client.ListenForEvents();
        await client.Connection.StartAsync();
        await client.Connection.InvokeAsync(nameof(BareHub.Join), group);
        return client;
    }

    protected override async Task<bool> SendAsync(Guid opId, BoardCommand command)
    {
        var envelope = new EventEnvelope(0, opId, _participantId, DateTimeOffset.UtcNow, EventOf(command));
        await Connection.InvokeAsync<long>(nameof(BareHub.Broadcast), _group, envelope);
        return true;
    }

    private static BoardEvent EventOf(BoardCommand command) => command switch
    {
        AddNote a => new NoteAdded(a.NoteId, a.StageId, a.Text, a.Color, a.X, a.Y, false, NoteAnonymity.Named),
        MoveNote m => new NoteMoved(m.NoteId, m.X, m.Y),
        DeleteNote d => new NoteDeleted(d.NoteId),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };
}
