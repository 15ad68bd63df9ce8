using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Bench.Measuring;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.Clients;

/// <summary>
/// One participant's connection: sends the next command of its mix when told to and reports every event it receives to
/// the recorder. The two kinds — our hub and the bare baseline — differ only in how a command goes out.
/// </summary>
public abstract class LoadClient(HubConnection connection, int index, int receivers, Recorder recorder) : IAsyncDisposable
{
    private readonly CommandMix _mix = new(index);

    public int Index => index;

    /// <summary>Sends without waiting for earlier commands (open loop); the probe records what comes back.</summary>
    public async Task SubmitNextAsync()
    {
        var command = _mix.Next();
        var opId = Guid.NewGuid();
        var probe = recorder.Start(opId, index, receivers);
        try
        {
            var accepted = await SendAsync(opId, command);
            probe.Acknowledged(Stopwatch.GetTimestamp(), accepted);
            _mix.Acknowledged(command, accepted);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or OperationCanceledException)
        {
            probe.Fail();
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return connection.DisposeAsync();
    }

    protected HubConnection Connection => connection;

    protected abstract Task<bool> SendAsync(Guid opId, BoardCommand command);

    /// <summary>Stamps each event's arrival as the handler starts, before anything else is done with it.</summary>
    protected void ListenForEvents() =>
        connection.On<Guid, OpOnly[]>(nameof(IBoardClient.EventsAppended), (_, events) =>
        {
            var at = Stopwatch.GetTimestamp();
            foreach (var e in events) recorder.Arrived(index, e.OpId, at);
        });

    /// <summary>Only the operation id of an incoming event: the rest of the envelope is skipped, not parsed into records.</summary>
    private sealed record OpOnly(Guid OpId);
}
