using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Whiteboard.Tests.Shared;

/// <summary>
/// A real redis-server of the test's own on a free 127.0.0.1 port: in memory by default, or with an append-only file in
/// a folder of its own when the test is about durability. It can be stopped and started again on the same port.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wb-redis-" + Guid.NewGuid().ToString("N"));
    private readonly bool _appendOnly;
    private Process? _process;

    private RedisServerProcess(int port, bool appendOnly) => (Port, _appendOnly) = (port, appendOnly);

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public static async Task<RedisServerProcess> StartAsync(bool appendOnly = false)
    {
        var server = new RedisServerProcess(FreePort(), appendOnly);
        Directory.CreateDirectory(server._folder);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        string[] persistence = _appendOnly ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"];
        var start = new ProcessStartInfo("redis-server", ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "",
            "--dir", _folder, .. persistence])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (!await AnswersAsync())
        {
            if (_process.HasExited) throw new InvalidOperationException("redis-server exited at start (is it installed?)");
            await tick.WaitForNextTickAsync(timeout.Token);
        }
    }

    /// <summary>SIGKILL: Redis goes away at once, as when its machine fails.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
