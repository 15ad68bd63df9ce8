using Whiteboard.Client.Background;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Where a note is while this person drags it, for the others to see: at most 20 a second (docs/PROTOCOL.md) and best
/// effort — the drop is a MoveNote command, which is never lost.
/// </summary>
public sealed class DragPreviews(Func<Guid, double, double, Task> send, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private long? _lastSent;

    public void Preview(Guid noteId, double x, double y)
    {
        var now = time.GetTimestamp();
        if (_lastSent is { } last && time.GetElapsedTime(last, now) < Interval) return;
        _lastSent = now;
        BackgroundWork.Run(SendAsync(noteId, x, y), "sending a drag preview");
    }

    private async Task SendAsync(Guid noteId, double x, double y)
    {
        try
        {
            await send(noteId, x, y);
        }
        catch (Exception)
        {
            // Offline or dropped: a lost preview costs nothing.
        }
    }
}
