using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Whiteboard.Server.Tests.Support;

/// <summary>
/// The board hub spoken to as an attacker would: a raw WebSocket with the SignalR JSON protocol written by hand, so a test
/// can send any shape (numbers where ids belong, thousands of frames in one write) without the .NET client's checks or
/// pacing. It records every message the server pushes.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> _pending = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Every pushed invocation's target and arguments, in order.</summary>
    public Channel<(string Target, JsonElement Arguments)> Pushed { get; } = Channel.CreateUnbounded<(string, JsonElement)>();

    public static async Task<RawHubSocket> ConnectAsync(Uri server, string? from = null)
    {
        var raw = new RawHubSocket();
        using var http = new HttpClient { BaseAddress = server };
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, $"{BoardHubMethods.Path}/negotiate?negotiateVersion=1");
        if (from is not null) negotiate.Headers.Add("X-Forwarded-For", from);
        var answer = await (await http.SendAsync(negotiate)).Content.ReadFromJsonAsync<JsonElement>();
        var token = answer.GetProperty("connectionToken").GetString();
        if (from is not null) raw._socket.Options.SetRequestHeader("X-Forwarded-For", from);
        await raw._socket.ConnectAsync(new Uri($"ws://{server.Authority}{BoardHubMethods.Path}?id={token}"), default);
        await raw.SendRawAsync("{\"protocol\":\"json\",\"version\":1}" + Separator);
        raw._receiving = raw.ReceiveAsync();
        return raw;
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Calls a hub method with arguments given as JSON and waits for its result (or its error, as the string it is).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params string[] jsonArguments)
    {
        var (id, done) = Pending();
        await SendRawAsync(Invocation(target, jsonArguments, id) + Separator);
        return await done.Task.WaitAsync(BoardClient.Patience);
    }

    /// <summary>Sends <paramref name="count"/> invocations without waiting for any answer, packed into few WebSocket frames.</summary>
    public async Task FloodAsync(string target, int count, Func<int, string[]> jsonArguments, bool expectAnswers = false)
    {
        var batch = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            batch.Append(Invocation(target, jsonArguments(i), expectAnswers ? Pending().Id : null)).Append(Separator);
            if (batch.Length > 24 * 1024)
            {
                await SendRawAsync(batch.ToString());
                batch.Clear();
            }
        }
        if (batch.Length > 0) await SendRawAsync(batch.ToString());
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, WireJson.Options);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, default); } catch (WebSocketException) { }
        try { await _receiving; } catch (OperationCanceledException) { } catch (WebSocketException) { }
        _socket.Dispose();
    }

    private (string Id, TaskCompletionSource<JsonElement> Done) Pending()
    {
        lock (_gate)
        {
            var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = done;
            return (id, done);
        }
    }

    private static string Invocation(string target, string[] arguments, string? id) =>
        $"{{\"type\":1,{(id is null ? "" : $"\"invocationId\":\"{id}\",")}\"target\":\"{target}\",\"arguments\":[{string.Join(',', arguments)}]}}";

    private Task SendRawAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _stop.Token);

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close) break;
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            var all = text.ToString();
            var last = all.LastIndexOf(Separator);
            if (last < 0) continue;
            foreach (var message in all[..last].Split(Separator, StringSplitOptions.RemoveEmptyEntries)) Handle(message);
            text.Clear().Append(all[(last + 1)..]);
        }
        lock (_gate)
            foreach (var waiting in _pending.Values) waiting.TrySetException(new WebSocketException("closed"));
    }

    private void Handle(string message)
    {
        using var document = JsonDocument.Parse(message);
        var json = document.RootElement.Clone();
        if (!json.TryGetProperty("type", out var type)) return; // the handshake answer
        switch (type.GetInt32())
        {
            case 1:
                Pushed.Writer.TryWrite((json.GetProperty("target").GetString()!, json.GetProperty("arguments")));
                break;
            case 3:
                TaskCompletionSource<JsonElement>? done;
                lock (_gate) _pending.Remove(json.GetProperty("invocationId").GetString()!, out done);
                if (json.TryGetProperty("error", out var error)) done?.TrySetResult(error);
                else done?.TrySetResult(json.TryGetProperty("result", out var result) ? result : default);
                break;
        }
    }
}
