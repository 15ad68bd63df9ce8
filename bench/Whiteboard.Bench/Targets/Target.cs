using System.Net.Http.Json;
using Whiteboard.Bench.Bare;
using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Measuring;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Workshops;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Bench.Targets;

/// <summary>
/// The servers of one mode, started fresh (Release builds, Production environment, their own data folder and Redis),
/// and the boards and participants the bench puts on them.
/// </summary>
public sealed class Target : IAsyncDisposable
{
    private readonly List<ServerProcess> _nodes = [];
    private readonly List<string> _folders = [];
    private static int _shownCommandLine;
    private RedisServerProcess? _redis;
    private BareServerProcess? _bare;
    private int _boards;

    private readonly Dictionary<string, string> _settings = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production", // as deployed; the bench needs no client assets
        ["Logging__LogLevel__Default"] = "Warning",
        // Thousands of people from one address (loopback) are the bench's load, not an attack: the per-address budgets
        // are opened; the per-connection ones (hub calls, drag previews) stay as shipped, their cost measured.
        ["Limits__JoinBurst"] = "1000000",
        ["Limits__JoinsPerMinute"] = "1000000",
        ["Limits__CreateBurst"] = "100000",
        ["Limits__CreatesPerMinute"] = "100000",
        ["Limits__GuessBurst"] = "100000",
        ["Office__Key"] = OfficeKey,
    };

    /// <summary>A Release publish the embedded node runs from (it serves the browser app), or null for the server's build output.</summary>
    private readonly string? _publish;

    private Target(Mode mode, string dataRoot, IReadOnlyDictionary<string, string>? settings, string? publish = null)
    {
        (Mode, DataRoot, _publish) = (mode, dataRoot, publish);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) _settings[key] = value;
    }

    /// <summary>The programme office's key the servers are started with (rule O1), for the case library's part.</summary>
    public const string OfficeKey = "bench-office-key-0123456789abcdef";

    public Mode Mode { get; }

    /// <summary>Where the embedded store's data folders are made (the machine's disk unless told otherwise).</summary>
    public string DataRoot { get; }

    /// <summary>Every process under test (nodes, Redis or the bare server), for CPU accounting.</summary>
    public IReadOnlyList<int> ProcessIds { get; private set; } = [];

    /// <summary>The (first) server node's process.</summary>
    public int NodeProcessId => ProcessIds[0];

    /// <summary>The (first) server node's address.</summary>
    public Uri BaseAddress => _nodes[0].BaseAddress;

    /// <param name="settings">Server settings beyond the bench's own (environment variable names), for a part that needs them.</param>
    public static Task<Target> StartAsync(Mode mode, string dataRoot, IReadOnlyDictionary<string, string>? settings = null) =>
        StartedAsync(new Target(mode, dataRoot, settings));

    /// <summary>
    /// The embedded server from a Release publish (<see cref="ServerPublish"/>), as a classroom runs it: for parts that open
    /// the board in a browser, which the build output does not serve in Production.
    /// </summary>
    public static Task<Target> StartPublishedAsync(string publishFolder, string dataRoot, IReadOnlyDictionary<string, string>? settings = null) =>
        StartedAsync(new Target(Mode.Embedded, dataRoot, settings, publishFolder));

    private static async Task<Target> StartedAsync(Target target)
    {
        try
        {
            await target.StartServersAsync();
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A new board with <paramref name="people"/> participants joined, each its own connection (two nodes: alternately on
    /// each). Client indexes start at <paramref name="firstIndex"/> and must be unique within a recorder.
    /// </summary>
    public async Task<IReadOnlyList<LoadClient>> OpenBoardAsync(int people, int firstIndex, Recorder recorder)
    {
        var board = Interlocked.Increment(ref _boards);
        if (_bare is { } bare)
        {
            var group = Guid.NewGuid();
            return await Connections.OpenAsync<LoadClient>(people,
                async i => await BareClient.JoinAsync(bare.BaseAddress, group, firstIndex + i, people - 1, recorder));
        }
        var code = await CreateBoardAsync($"基准测试 {board}");
        return await Connections.OpenAsync<LoadClient>(people, async i => await WhiteboardClient.JoinAsync(
            _nodes[i % _nodes.Count].BaseAddress, code, $"学员{board}-{i + 1}", firstIndex + i, people - 1, recorder));
    }

    /// <summary>A workshop of the action-learning template through the HTTP API, as a facilitator creates one.</summary>
    public Task<CreateWorkshopResponse> CreateWorkshopAsync(string title, int groups) =>
        PostAsync<CreateWorkshopRequest, CreateWorkshopResponse>("api/workshops",
            new CreateWorkshopRequest(title, BoardLanguage.ZhCn, WorkshopTemplate.ActionLearning, groups));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_bare is not null) await _bare.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        foreach (var folder in _folders)
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private async Task StartServersAsync()
    {
        if (Mode == Mode.Bare)
        {
            _bare = await BareServerProcess.StartAsync();
            ProcessIds = [_bare.ProcessId];
            return;
        }
        var settings = _settings;
        if (Mode is Mode.Redis or Mode.Redis2)
        {
            _redis = await RedisServerProcess.StartAsync();
            settings["Storage__Redis"] = _redis.ConnectionString;
        }
        for (var n = 0; n < (Mode == Mode.Redis2 ? 2 : 1); n++)
        {
            // By default on the machine's disk, not a RAM disk: the embedded store's fsync per event is part of what is measured.
            var folder = Path.Combine(DataRoot, "wb-bench-" + Guid.NewGuid().ToString("N"));
            _folders.Add(folder);
            _nodes.Add(_publish is null ? await ServerProcess.StartAsync(folder, settings)
                : await ServerProcess.StartPublishedAsync(_publish, folder, settings));
        }
        var pids = _nodes.Select(n => n.ProcessId).ToList();
        if (_redis is not null) pids.Add(ProcFs.FindProcess($"redis-server 127.0.0.1:{_redis.Port}"));
        ProcessIds = pids;
        if (Interlocked.Exchange(ref _shownCommandLine, 1) == 0) Console.WriteLine($"server: {ProcFs.CommandLine(pids[0])}");
    }

    /// <summary>
    /// Kills the embedded node (SIGKILL, as a crash) and starts it again on its data folder and port: every board is then
    /// loaded from the store when first asked for. Clients must join again.
    /// </summary>
    public async Task RestartAsync()
    {
        if (Mode != Mode.Embedded || _publish is not null) throw new InvalidOperationException("Only the embedded build output is restarted.");
        var old = _nodes[0];
        await old.DisposeAsync();
        _nodes[0] = await ServerProcess.StartAsync(old.DataFolder, _settings, old.Port);
        ProcessIds = [_nodes[0].ProcessId];
    }

    /// <summary>A quick board through the HTTP API, as anyone creates one.</summary>
    public Task<CreateBoardResponse> CreateQuickBoardAsync(string title) =>
        PostAsync<CreateBoardRequest, CreateBoardResponse>("api/boards", new CreateBoardRequest(title, BoardLanguage.ZhCn));

    private async Task<string> CreateBoardAsync(string title) =>
        (await PostAsync<CreateBoardRequest, CreateBoardResponse>("api/boards", new CreateBoardRequest(title, BoardLanguage.ZhCn))).Code;

    private async Task<TResponse> PostAsync<TRequest, TResponse>(string path, TRequest request)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync(path, request, WireJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TResponse>(WireJson.Options))!;
    }
}
