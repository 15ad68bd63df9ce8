using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.Connection;

/// <summary>
/// The browser's one connection to the board hub (docs/PROTOCOL.md). Reconnects forever, with backoff; after a reconnect it
/// joins the workshop again (group membership is per connection) and raises <see cref="Rejoined"/> so the session catches
/// up. Every transport is allowed: where WebSockets are blocked the client falls back to long polling (the .NET client in
/// the browser skips Server-Sent Events).
/// </summary>
public sealed class BoardConnection : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private JoinRequest? _lastJoin;
    private Task? _starting;
    private CancellationTokenSource? _wake;
    private bool _disposed;
    private long _drops;

    public BoardConnection(NavigationManager navigation)
    {
        _hub = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri(BoardHubMethods.Path), options =>
            {
                // A page without WebSocket at all would crash the .NET runtime's WebSocket shim; long polling still works.
                if (!BrowserTransports.HasWebSockets()) options.Transports = HttpTransportType.LongPolling;
            })
            .WithAutomaticReconnect(new EndlessRetryPolicy())
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
        _hub.On<Guid, IReadOnlyList<EventEnvelope>>(nameof(IBoardClient.EventsAppended), (id, events) => EventsAppended?.Invoke(id, events));
        _hub.On<PresenceChange>(nameof(IBoardClient.PresenceChanged), change => PresenceChanged?.Invoke(change));
        _hub.On<NoteDrag>(nameof(IBoardClient.NoteDragging), drag => NoteDragging?.Invoke(drag));
        _hub.On<ParticipantMove>(nameof(IBoardClient.ParticipantMoved), move => ParticipantMoved?.Invoke(move));
        _hub.On<AccessEnded>(nameof(IBoardClient.AccessEnded), ended =>
        {
            _lastJoin = null; // the token or secret no longer lets this browser in: a reconnect must not try it again
            AccessEnded?.Invoke(ended);
        });
        _hub.Reconnecting += _ =>
        {
            Interlocked.Increment(ref _drops);
            return SetState(ConnectionState.Reconnecting);
        };
        _hub.Reconnected += _ => RejoinAsync();
        // Automatic reconnect never gives up, so Closed means the server ended the connection: start over.
        _hub.Closed += error =>
        {
            Interlocked.Increment(ref _drops);
            if (!_disposed) BackgroundWork.Run(RestartAsync(), "connecting again after the server closed the connection");
            return Task.CompletedTask;
        };
    }

    /// <summary>Calm until something really fails: a page that has not connected yet is not "offline".</summary>
    public ConnectionState State { get; private set; } = ConnectionState.Connecting;

    public event Action? StateChanged;
    public event Action<Guid, IReadOnlyList<EventEnvelope>>? EventsAppended;
    public event Action<PresenceChange>? PresenceChanged;
    public event Action<NoteDrag>? NoteDragging;
    /// <summary>The facilitator moved this participant to another group: join again to land there.</summary>
    public event Action<ParticipantMove>? ParticipantMoved;
    /// <summary>The facilitator removed this person, signed out this device, or deleted the workshop.</summary>
    public event Action<AccessEnded>? AccessEnded;
    /// <summary>Joined again after a reconnect: the session must catch up from its last sequence number.</summary>
    public event Func<JoinResult, Task>? Rejoined;

    /// <summary>The calls a <see cref="BoardSession"/> makes through this connection.</summary>
    public BoardCalls Calls => new(
        envelope => _hub.InvokeAsync<CommandAck>(BoardHubMethods.Submit, envelope),
        (boardId, afterSeq) => _hub.InvokeAsync<CatchUpResult>(BoardHubMethods.CatchUp, boardId, afterSeq),
        (boardId, noteId, x, y) => _hub.SendAsync(BoardHubMethods.Drag, boardId, noteId, x, y),
        envelope => _hub.InvokeAsync<IReadOnlyList<BoardAck>>(BoardHubMethods.SubmitToAll, envelope),
        request => _hub.InvokeAsync<CommandAck>(BoardHubMethods.MoveParticipant, request),
        () => _hub.InvokeAsync<IReadOnlyList<BoardHead>>(BoardHubMethods.Heads),
        request => _hub.InvokeAsync<CommandAck>(BoardHubMethods.RemoveParticipant, request),
        request => _hub.InvokeAsync<SignOutResult>(BoardHubMethods.SignOutOtherDevices, request));

    /// <summary>This facilitator signed out the other devices: a reconnect joins with the new secret, the old one is void.</summary>
    public void FacilitatorSecretChanged(string secret)
    {
        if (_lastJoin is { FacilitatorSecret: not null } join) _lastJoin = join with { FacilitatorSecret = secret };
    }

    /// <summary>Joins again now with what the last successful join became (the token), as after a reconnect.</summary>
    public Task RejoinNowAsync() => RejoinAsync();

    /// <summary>The browser says the network is back: try to connect at once instead of waiting out the backoff.</summary>
    public async Task RetryNowAsync()
    {
        _wake?.Cancel();
        // Stopping a reconnect that waits ends in Closed, which starts again at once.
        if (_hub.State == HubConnectionState.Reconnecting) await StopQuietlyAsync();
    }

    /// <summary>
    /// The browser says the network is gone: say so now, and drop the connection rather than wait half a minute for the
    /// server's silence to tell (changes wait in the outbox meanwhile). Connecting starts again, with backoff.
    /// </summary>
    public async Task WentOfflineAsync()
    {
        await SetState(ConnectionState.Offline);
        if (_hub.State is HubConnectionState.Connected or HubConnectionState.Reconnecting) await StopQuietlyAsync();
    }

    private async Task StopQuietlyAsync()
    {
        try
        {
            await _hub.StopAsync();
        }
        catch (Exception)
        {
            // Already stopping: Closed follows either way.
        }
    }

    /// <summary>Connects (waiting as long as it takes) and joins; a successful join is repeated after every reconnect.</summary>
    public async Task<JoinResult> JoinAsync(JoinRequest request)
    {
        await (_starting ??= StartAsync());
        var drops = Interlocked.Read(ref _drops);
        var result = await _hub.InvokeAsync<JoinResult>(BoardHubMethods.Join, request);
        if (result.Rejection is null)
        {
            // From now on the browser is this participant: rejoin with the token, never with the name again.
            _lastJoin = request with { Name = null, ParticipantToken = result.ParticipantToken ?? request.ParticipantToken };
            // Joined on a connection that has dropped since is not online: the next reconnect joins again.
            if (drops == Interlocked.Read(ref _drops)) await SetState(ConnectionState.Online);
        }
        return result;
    }

    private async Task StartAsync()
    {
        for (var attempt = 0L; ; attempt++)
        {
            try
            {
                // The very first attempt stays "connecting"; once one has failed, the next ones are reconnecting.
                if (State != ConnectionState.Connecting) await SetState(ConnectionState.Reconnecting);
                await _hub.StartAsync();
                return;
            }
            catch (Exception)
            {
                // Whatever stopped this attempt (no server, no network, a proxy in the way), try again: never give up.
                await SetState(ConnectionState.Offline);
                await WaitAsync(Backoff.Delay(attempt + 1));
            }
        }
    }

    /// <summary>Waits before the next attempt, unless <see cref="RetryNowAsync"/> wakes it.</summary>
    private async Task WaitAsync(TimeSpan delay)
    {
        using var wake = new CancellationTokenSource();
        _wake = wake;
        try
        {
            await Task.Delay(delay, wake.Token);
        }
        catch (OperationCanceledException)
        {
            // Woken: try now.
        }
        finally
        {
            _wake = null;
        }
    }

    private async Task RejoinAsync()
    {
        for (var failures = 1L; ; failures++)
        {
            if (_lastJoin is not { } join || _disposed) return;
            var drops = Interlocked.Read(ref _drops);
            JoinResult result;
            try
            {
                result = await _hub.InvokeAsync<JoinResult>(BoardHubMethods.Join, join);
            }
            catch (Exception) when (drops == Interlocked.Read(ref _drops) && _hub.State == HubConnectionState.Connected)
            {
                // The server failed the join on a connection that is still up (a restart still warming, a busy store): no
                // reconnect will come to join again, and until a join the outbox waits, so try again on this connection.
                await WaitAsync(Backoff.Delay(failures));
                continue;
            }
            catch (Exception)
            {
                return; // the connection dropped again; the next reconnect rejoins
            }
            // The connection this join was made on dropped meanwhile: what waits must not go out before the next join.
            if (drops != Interlocked.Read(ref _drops)) return;
            if (result.Rejection is { } passing && Passing.Is(passing.Code))
            {
                // The store is down or the server is busy: the board stays on screen, its changes waiting, until a join is taken.
                var asked = TimeSpan.FromSeconds(result.RetryAfterSeconds ?? 0);
                var backoff = Backoff.Delay(failures);
                await WaitAsync(asked > backoff ? asked : backoff);
                continue;
            }
            if (result.Rejection is null) await SetState(ConnectionState.Online);
            if (Rejoined is not null) await Rejoined(result);
            return;
        }
    }

    private async Task RestartAsync()
    {
        await SetState(ConnectionState.Offline);
        _starting = StartAsync();
        await _starting;
        await RejoinAsync();
    }

    private Task SetState(ConnectionState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke();
        }
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _disposed = true;
        return _hub.DisposeAsync();
    }
}
