using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Tests.Support;

/// <summary>
/// The real server on real Kestrel, bound to a free 127.0.0.1 port, with its own data folder. Each test makes its own,
/// so tests never share state. Restart by disposing and starting another on the same folder.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _ownsFolder;

    private TestApp(string dataFolder, bool ownsFolder, TimeProvider? time, IReadOnlyDictionary<string, string>? settings = null,
        Action<IWebHostBuilder>? configure = null)
    {
        DataFolder = dataFolder;
        _ownsFolder = ownsFolder;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:DataFolder", dataFolder);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
            b.UseEnvironment("Development"); // serves the client's static assets from the build output
            if (time is not null) b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton(time)));
            configure?.Invoke(b);
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>The quick board's one stage (the open-brainstorm template), open from the start.</summary>
    public const string Stage = "brainstorm";

    public string DataFolder { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// For tests that send many commands from one connection faster than any person (to build a long history): the hub-call
    /// limit is not what they test (the attack tests test it, at its defaults).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ManyCommands = new Dictionary<string, string>
    {
        ["Limits:HubCallBurst"] = "1000000",
        ["Limits:HubCallsPerSecond"] = "1000000",
    };

    public static TestApp Start(TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null) =>
        new(Path.Combine(Path.GetTempPath(), "wb-test-" + Guid.NewGuid().ToString("N")), ownsFolder: true, time, settings);

    /// <summary>A server whose host is changed further before it starts (e.g. a logger that keeps what it is told).</summary>
    /// <param name="dataFolder">A folder the test owns (to start again on it); a fresh one of the server's own when null.</param>
    public static TestApp StartWith(Action<IWebHostBuilder> configure, IReadOnlyDictionary<string, string>? settings = null,
        string? dataFolder = null) =>
        new(dataFolder ?? TestFolders.New(), ownsFolder: dataFolder is null, null, settings, configure);

    /// <summary>A node in distributed mode: its state, presence and backplane in that Redis, under that key prefix.</summary>
    public static TestApp StartWithRedis(string connectionString, string prefix, IReadOnlyDictionary<string, string>? settings = null) =>
        new(TestFolders.New(), ownsFolder: true, null, new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Storage:Redis"] = connectionString,
            ["Storage:RedisPrefix"] = prefix,
        });

    /// <summary>Another server on the same data folder (the previous one must be disposed first, as after a restart).</summary>
    public static TestApp StartOn(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) =>
        new(dataFolder, ownsFolder: false, null, settings);

    /// <param name="from">The browser's address, as a trusted proxy in front of the server says it (X-Forwarded-For): many
    /// people behind one router, or many addresses, from one test.</param>
    public HubConnection NewConnection(HttpTransportType transport = HttpTransportType.WebSockets, string? from = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, BoardHubMethods.Path), o =>
            {
                o.Transports = transport;
                if (from is not null) o.Headers["X-Forwarded-For"] = from;
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();

    /// <summary>A connection started (not joined) from <paramref name="from"/>.</summary>
    public async Task<BoardClient> ConnectAsync(string? from = null)
    {
        var client = new BoardClient(NewConnection(from: from));
        await client.StartAsync();
        return client;
    }

    public async Task<BoardClient> JoinAsync(string code, string name, string? token = null, string? facilitatorSecret = null,
        string? observerSecret = null)
    {
        var client = new BoardClient(NewConnection());
        await client.StartAsync();
        var result = await client.JoinAsync(new JoinRequest(code, name, Core.Participants.ParticipantLocation.InRoom, token, facilitatorSecret,
            ObserverSecret: observerSecret));
        Assert.True(result.Rejection is null, $"join refused: {result.Rejection?.Code}");
        return client;
    }

    public async Task<CreateBoardResponse> CreateBoardAsync(string title = "周五研讨", string language = "zh-CN")
    {
        var response = await Http.PostAsJsonAsync("/api/boards", new { title, language });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options))!;
    }

    public async Task<CreateWorkshopResponse> CreateWorkshopAsync(int groups = 2, string title = "党校青干班 行动学习", string language = "zh-CN")
    {
        var response = await Http.PostAsJsonAsync("/api/workshops", new { title, language, template = "ActionLearning", groups });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
    }

    /// <summary>A GET with the facilitator secret in its header, as the facilitator's browser sends it.</summary>
    public Task<HttpResponseMessage> GetAsFacilitatorAsync(string path, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(CredentialHeaders.FacilitatorSecret, secret);
        return Http.SendAsync(request);
    }

    /// <summary>The facilitator secret in a facilitator link.</summary>
    public static string SecretOf(string facilitatorUrl) => facilitatorUrl.Split("#facilitator=")[1];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        if (_ownsFolder) TestFolders.Delete(DataFolder);
    }
}
