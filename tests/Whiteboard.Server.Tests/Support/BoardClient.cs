using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Tests.Support;

/// <summary>
/// A real SignalR client of the board hub that records everything the server pushes, and keeps its own copy of the board
/// by applying events with the core, as a browser does.
/// </summary>
public sealed class BoardClient(HubConnection connection) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<EventEnvelope> _events = Channel.CreateUnbounded<EventEnvelope>();
    private readonly object _stateLock = new();

    public HubConnection Connection { get; } = connection;
    public ConcurrentQueue<EventEnvelope> Received { get; } = new();
    public ConcurrentQueue<PresenceChange> Presence { get; } = new();
    public ConcurrentQueue<NoteDrag> Drags { get; } = new();
    /// <summary>Every message the server pushed, raw, to inspect for what must never be sent.</summary>
    public ConcurrentQueue<string> RawMessages { get; } = new();
    public JoinResult? Joined { get; private set; }
    public Guid BoardId => Joined!.Snapshot!.BoardId;
    public BoardState State { get; private set; } = BoardState.Empty(Guid.Empty);

    public async Task StartAsync()
    {
        Connection.On<Guid, IReadOnlyList<EventEnvelope>>(nameof(IBoardClient.EventsAppended), (_, events) =>
        {
            foreach (var e in events)
            {
                RawMessages.Enqueue(JsonSerializer.Serialize(e, WireJson.Options));
                Received.Enqueue(e);
                _events.Writer.TryWrite(e);
            }
        });
        Connection.On<PresenceChange>(nameof(IBoardClient.PresenceChanged), p => Presence.Enqueue(p));
        Connection.On<NoteDrag>(nameof(IBoardClient.NoteDragging), d => Drags.Enqueue(d));
        await Connection.StartAsync();
    }

    public async Task<JoinResult> JoinAsync(JoinRequest request)
    {
        var result = await Connection.InvokeAsync<JoinResult>(BoardHubMethods.Join, request);
        if (result.Snapshot is { } snapshot)
        {
            Joined = result;
            lock (_stateLock) State = snapshot.ToState();
        }
        return result;
    }

    public Task<CommandAck> SubmitAsync(BoardCommand command, Guid? opId = null) =>
        Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(opId ?? Guid.NewGuid(), BoardId, command));

    /// <summary>Sends any JSON as the Submit argument, as a crafted or broken client would.</summary>
    public Task<CommandAck> SubmitRawAsync(object payload) => Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, payload);

    public Task<CatchUpResult> CatchUpAsync(long afterSeq) =>
        Connection.InvokeAsync<CatchUpResult>(BoardHubMethods.CatchUp, BoardId, afterSeq);

    /// <summary>Applies pushed events in order until the board reaches <paramref name="seq"/>; fails after <see cref="Patience"/>.</summary>
    public async Task<BoardState> WaitForSeqAsync(long seq)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (State.Seq < seq)
        {
            var e = await _events.Reader.ReadAsync(timeout.Token);
            lock (_stateLock)
                if (e.Seq == State.Seq + 1) State = Board.Apply(State, e);
        }
        return State;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
