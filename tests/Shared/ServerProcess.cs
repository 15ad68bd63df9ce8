using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Whiteboard.Tests.Shared;

/// <summary>
/// The real server as its own process (<c>dotnet Whiteboard.Server.dll</c>) on a free 127.0.0.1 port, for tests that kill
/// it (<see cref="Kill"/> is SIGKILL, as <c>kill -9</c>) or drive it from a browser. Output is kept for failure messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    public int Port => BaseAddress.Port;

    /// <summary>The server's process (for its CPU time).</summary>
    public int ProcessId => _process.Id;

    /// <param name="port">A port to listen on (to start again where clients expect it); a free one when null.</param>
    public static Task<ServerProcess> StartAsync(string dataFolder, IDictionary<string, string>? settings = null, int? port = null) =>
        StartAsync(ServerAssembly(), "Development", dataFolder, settings, port); // Development serves the client's assets from the build output

    /// <summary>A published server (<c>dotnet publish -c Release</c>): what the Dockerfile ships, trimmed client and all.</summary>
    public static Task<ServerProcess> StartPublishedAsync(string publishFolder, string dataFolder, IDictionary<string, string>? settings = null) =>
        StartAsync(Path.Combine(publishFolder, "Whiteboard.Server.dll"), "Production", dataFolder, settings, null);

    private static async Task<ServerProcess> StartAsync(string serverDll, string environment, string dataFolder,
        IDictionary<string, string>? settings, int? port)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet", [serverDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>SIGKILL, no shutdown: what a crash or <c>kill -9</c> does.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        using var timeout = new CancellationTokenSource(StartPatience);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await tick.WaitForNextTickAsync(timeout.Token))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited at start:\n{Output}");
            try
            {
                if ((await http.GetAsync("healthz", timeout.Token)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!timeout.IsCancellationRequested) { }
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server's own build output, in the configuration these tests were built in.</summary>
    private static string ServerAssembly()
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Whiteboard.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Cannot find Whiteboard.sln above " + here);
        var dll = Path.Combine(root.FullName, "src", "Whiteboard.Server", "bin", configuration, "net10.0", "Whiteboard.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first", dll);
    }
}
