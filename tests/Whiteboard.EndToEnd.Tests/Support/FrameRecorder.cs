using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// Everything a page received over its WebSockets (the board's SignalR connection), to check that what must stay private
/// never reached the browser at all — not merely that it is not drawn. Attach before the page opens the board.
/// </summary>
public sealed class FrameRecorder
{
    private readonly ConcurrentQueue<string> _frames = new();

    private FrameRecorder() { }

    public static FrameRecorder Attach(IPage page)
    {
        var recorder = new FrameRecorder();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            recorder._frames.Enqueue(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
        return recorder;
    }

    public int Count => _frames.Count;

    /// <summary>Whether any frame received so far holds the text, as it is or JSON-escaped.</summary>
    public bool Received(string text)
    {
        var escaped = JsonSerializer.Serialize(text).Trim('"');
        return _frames.Any(f => f.Contains(text, StringComparison.Ordinal) || f.Contains(escaped, StringComparison.Ordinal));
    }
}
