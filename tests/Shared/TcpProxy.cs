using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Whiteboard.Tests.Shared;

/// <summary>
/// A TCP relay on a free 127.0.0.1 port in front of one or more servers, for tests about what crosses the network: it can
/// cut every open connection at once (a Wi-Fi drop), and it sends each new connection to the first server that answers
/// (a load balancer whose node died). It counts the bytes it carries each way: what a browser's load costs on the wire.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<IReadOnlyList<int>> _backends;
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Server)> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private long _toServers;
    private long _toClients;
    private long _lastCarried = Environment.TickCount64;

    private TcpProxy(Func<IReadOnlyList<int>> backends)
    {
        _backends = backends;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public int OpenConnections => _open.Count;

    /// <summary>Bytes carried to the servers (requests) and back to the clients (responses) since the last reset.</summary>
    public (long ToServers, long ToClients) Carried => (Interlocked.Read(ref _toServers), Interlocked.Read(ref _toClients));

    /// <summary>Starts counting carried bytes from zero.</summary>
    public void ResetCounts()
    {
        Interlocked.Exchange(ref _toServers, 0);
        Interlocked.Exchange(ref _toClients, 0);
    }

    /// <summary>
    /// Waits until nothing has crossed for <paramref name="quiet"/> (a page and its service worker done loading); a wire
    /// still busy after <paramref name="patience"/> (an open connection chattering) is a failure, not a wait for ever.
    /// </summary>
    public async Task QuietAsync(TimeSpan quiet, TimeSpan patience)
    {
        var giveUpAt = Environment.TickCount64 + (long)patience.TotalMilliseconds;
        while (Environment.TickCount64 - Interlocked.Read(ref _lastCarried) < quiet.TotalMilliseconds)
        {
            if (Environment.TickCount64 > giveUpAt) throw new TimeoutException($"Bytes still crossing after {patience.TotalSeconds:0} s");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Relays to the first of these ports that accepts a connection, asked again for every new connection.</summary>
    public static TcpProxy To(Func<IReadOnlyList<int>> backendPorts) => new(backendPorts);

    /// <summary>Cuts every open connection, as a network drop does; new connections are accepted again at once.</summary>
    public void DropAll()
    {
        foreach (var (id, pair) in _open)
        {
            if (!_open.TryRemove(id, out _)) continue;
            pair.Client.Client.LingerState = new LingerOption(true, 0); // a reset, not a polite close
            pair.Client.Dispose();
            pair.Server.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropAll();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (SocketException) { continue; }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = await ConnectToABackendAsync();
        if (server is null)
        {
            client.Dispose();
            return;
        }
        var id = Guid.NewGuid();
        _open[id] = (client, server);
        try
        {
            var up = PumpAsync(client.GetStream(), server.GetStream(), toServers: true);
            var down = PumpAsync(server.GetStream(), client.GetStream(), toServers: false);
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException) { }
        finally
        {
            if (_open.TryRemove(id, out _))
            {
                client.Dispose();
                server.Dispose();
            }
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool toServers)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            Interlocked.Add(ref toServers ? ref _toServers : ref _toClients, read);
            Interlocked.Exchange(ref _lastCarried, Environment.TickCount64);
        }
    }

    private async Task<TcpClient?> ConnectToABackendAsync()
    {
        foreach (var port in _backends())
        {
            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, port, _stop.Token);
                return server;
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                server.Dispose();
            }
        }
        return null;
    }
}
