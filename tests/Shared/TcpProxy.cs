using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Whiteboard.Tests.Shared;

/// <summary>
/// A TCP relay on a free 127.0.0.1 port in front of one or more servers, for tests about what crosses the network: it can
/// cut every open connection at once (a Wi-Fi drop), and it sends each new connection to the first server that answers
/// (a load balancer whose node died).
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<IReadOnlyList<int>> _backends;
    private readonly ConcurrentDictionary<Guid, (TcpClient Client, TcpClient Server)> _open = new();
    private readonly CancellationTokenSource _stop = new();

    private TcpProxy(Func<IReadOnlyList<int>> backends)
    {
        _backends = backends;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public Uri Address => new($"http://127.0.0.1:{Port}/");
    public int OpenConnections => _open.Count;

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
            var up = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
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
