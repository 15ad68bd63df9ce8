using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Whiteboard.Bench.Bare;

/// <summary>
/// The baseline server as its own process — this program started again with `serve-bare` — so that, like our server,
/// it does not share a runtime (thread pool, GC) with the clients. Server GC, as ASP.NET apps have by default.
/// </summary>
public sealed class BareServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BareServerProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;

    public static async Task<BareServerProcess> StartAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [typeof(BareServer).Assembly.Location, "serve-bare", "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  bare: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BareServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        await server.WaitUntilUpAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException("The bare server exited at start");
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The bare server did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
