namespace Whiteboard.Client.Boards;

/// <summary>
/// Notes someone else is dragging, as their previews arrive. Previews are best effort and end without a word (a drop back
/// where the note was makes no move at all), so a note whose previews stop for <see cref="Lasts"/> has ended its preview:
/// <see cref="Ended"/> says so, and the screen puts it back where the board has it. Every screen then agrees.
/// </summary>
public sealed class RemotePreviews(TimeProvider time) : IDisposable
{
    /// <summary>How long a preview holds without a newer one: well above the 50 ms between previews of a moving note.</summary>
    public static readonly TimeSpan Lasts = TimeSpan.FromSeconds(1);

    private readonly Dictionary<Guid, ITimer> _timers = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>A note's preview ended (no newer one for <see cref="Lasts"/>); raised on a timer thread.</summary>
    public event Action<Guid>? Ended;

    /// <summary>A preview of this note arrived.</summary>
    public void Seen(Guid noteId)
    {
        lock (_gate)
        {
            if (_disposed) return;
            if (_timers.TryGetValue(noteId, out var timer)) timer.Change(Lasts, Timeout.InfiniteTimeSpan);
            else _timers[noteId] = time.CreateTimer(_ => End(noteId), null, Lasts, Timeout.InfiniteTimeSpan);
        }
    }

    private void End(Guid noteId)
    {
        lock (_gate)
        {
            if (_disposed || !_timers.Remove(noteId, out var timer)) return;
            timer.Dispose();
        }
        Ended?.Invoke(noteId);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var timer in _timers.Values) timer.Dispose();
            _timers.Clear();
        }
    }
}
