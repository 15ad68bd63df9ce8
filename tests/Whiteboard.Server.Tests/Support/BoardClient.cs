using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Boards;

namespace Whiteboard.Server.Tests.Support;

/// <summary>
/// A real SignalR client of the board hub that records everything the server pushes, and keeps its own copy of the board
/// by applying events with the core, as a browser does.
/// </summary>
public sealed class BoardClient(HubConnection connection) : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, Channel<EventEnvelope>> _events = new();
    private readonly object _stateLock = new();

    public HubConnection Connection { get; } = connection;
    /// <summary>Every event pushed, of any board (a single-board client's are its board's).</summary>
    public ConcurrentQueue<EventEnvelope> Received { get; } = new();
    public ConcurrentQueue<(Guid BoardId, EventEnvelope Event)> ReceivedByBoard { get; } = new();
    public ConcurrentQueue<PresenceChange> Presence { get; } = new();
    public ConcurrentQueue<NoteDrag> Drags { get; } = new();
    public ConcurrentQueue<ParticipantMove> Moves { get; } = new();
    /// <summary>Every message the server pushed, raw, to inspect for what must never be sent.</summary>
    public ConcurrentQueue<string> RawMessages { get; } = new();
    public JoinResult? Joined { get; private set; }
    public Guid BoardId => Joined!.Boards[0].BoardId;
    public BoardState State { get; private set; } = BoardState.Empty(Guid.Empty);

    public async Task StartAsync()
    {
        Connection.On<Guid, IReadOnlyList<EventEnvelope>>(nameof(IBoardClient.EventsAppended), (boardId, events) =>
        {
            foreach (var e in events)
            {
                RawMessages.Enqueue(JsonSerializer.Serialize(e, WireJson.Options));
                Received.Enqueue(e);
                ReceivedByBoard.Enqueue((boardId, e));
                EventsOf(boardId).Writer.TryWrite(e);
            }
        });
        Connection.On<PresenceChange>(nameof(IBoardClient.PresenceChanged), p => Presence.Enqueue(p));
        Connection.On<NoteDrag>(nameof(IBoardClient.NoteDragging), d =>
        {
            RawMessages.Enqueue(JsonSerializer.Serialize(d, WireJson.Options));
            Drags.Enqueue(d);
        });
        Connection.On<ParticipantMove>(nameof(IBoardClient.ParticipantMoved), m => Moves.Enqueue(m));
        await Connection.StartAsync();
    }

    public async Task<JoinResult> JoinAsync(JoinRequest request)
    {
        var result = await Connection.InvokeAsync<JoinResult>(BoardHubMethods.Join, request);
        RawMessages.Enqueue(JsonSerializer.Serialize(result, WireJson.Options));
        if (result.Boards.Count > 0)
        {
            Joined = result;
            lock (_stateLock) State = result.Boards[0].ToState();
        }
        return result;
    }

    public Task<CommandAck> SubmitAsync(BoardCommand command, Guid? opId = null, Guid? boardId = null) =>
        Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(opId ?? Guid.NewGuid(), boardId ?? BoardId, command));

    /// <summary>Sends any JSON as the Submit argument, as a crafted or broken client would.</summary>
    public Task<CommandAck> SubmitRawAsync(object payload) => Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, payload);

    public async Task<CatchUpResult> CatchUpAsync(long afterSeq, Guid? boardId = null)
    {
        var result = await Connection.InvokeAsync<CatchUpResult>(BoardHubMethods.CatchUp, boardId ?? BoardId, afterSeq);
        RawMessages.Enqueue(JsonSerializer.Serialize(result, WireJson.Options));
        return result;
    }

    /// <summary>Everything this connection was ever sent, as one text to search for what it must never see.</summary>
    public string Everything => string.Join("\n", RawMessages);

    public Task<IReadOnlyList<BoardAck>> SubmitToAllAsync(BoardCommand command, Guid? opId = null) =>
        Connection.InvokeAsync<IReadOnlyList<BoardAck>>(BoardHubMethods.SubmitToAll,
            new WorkshopCommandEnvelope(opId ?? Guid.NewGuid(), Joined!.Workshop!.WorkshopId, command));

    /// <summary>
    /// Applies the first board's pushed events in order until it reaches <paramref name="seq"/>, as a browser does: events
    /// that arrive early wait for the ones before them (two nodes publish through the backplane independently), and a gap
    /// that does not fill by itself is caught up from the server. Fails after <see cref="Patience"/>.
    /// </summary>
    public async Task<BoardState> WaitForSeqAsync(long seq)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var events = EventsOf(BoardId);
        var early = new SortedDictionary<long, EventEnvelope>();
        while (State.Seq < seq)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            quiet.CancelAfter(TimeSpan.FromMilliseconds(500));
            try
            {
                var e = await events.Reader.ReadAsync(quiet.Token);
                if (e.Seq > State.Seq) early[e.Seq] = e;
            }
            catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
            {
                foreach (var e in (await CatchUpAsync(State.Seq)).Events) early[e.Seq] = e; // the gap did not fill: ask
            }
            lock (_stateLock)
                while (early.Remove(State.Seq + 1, out var next)) State = Board.Apply(State, next);
        }
        return State;
    }

    private Channel<EventEnvelope> EventsOf(Guid boardId) => _events.GetOrAdd(boardId, _ => Channel.CreateUnbounded<EventEnvelope>());

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
