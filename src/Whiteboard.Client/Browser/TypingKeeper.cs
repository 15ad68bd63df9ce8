using Whiteboard.Client.Background;

namespace Whiteboard.Client.Browser;

/// <summary>
/// Keeps every piece of typing the server does not hold yet — a note's draft, an action item being made, the summary, an
/// owner's follow-up update — in the browser's storage, by its <see cref="StorageKeys"/> key, until it is saved or
/// discarded: a reload, a closed lid or a crashed tablet never loses it. Typing is written <see cref="Quiet"/> after the
/// last keystroke, and at once when the tab is hidden (the lid may be closing); words that must not wait (refused, or
/// about to be sent) are written at once. Reading gives the latest words, also those not written yet.
/// </summary>
public sealed class TypingKeeper : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly BrowserStore _store;
    private readonly TimeProvider _time;
    private readonly BrowserNetwork _network;
    private readonly Lock _gate = new();
    /// <summary>The latest words under each key, also before they are written (null: forgotten).</summary>
    private readonly Dictionary<string, object?> _latest = [];
    private readonly HashSet<string> _unwritten = [];
    private ITimer? _timer;

    public TypingKeeper(BrowserStore store, TimeProvider time, BrowserNetwork network)
    {
        (_store, _time, _network) = (store, time, network);
        _network.Hidden += OnHidden;
    }

    public async Task<T?> ReadAsync<T>(string key) where T : class
    {
        lock (_gate)
            if (_latest.TryGetValue(key, out var latest)) return latest as T;
        return await _store.ReadAsync<T>(key);
    }

    /// <summary>Something was typed: kept once the typing pauses.</summary>
    public void Typed<T>(string key, T words) where T : class
    {
        lock (_gate)
        {
            _latest[key] = words;
            _unwritten.Add(key);
            _timer?.Dispose();
            _timer = _time.CreateTimer(_ => BackgroundWork.Run(WriteAsync(), "keeping what was typed"), null, Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Words that must not wait for a pause: refused ones coming back, or ones about to be sent.</summary>
    public async Task KeepNowAsync<T>(string key, T words) where T : class
    {
        lock (_gate)
        {
            _latest[key] = words;
            _unwritten.Remove(key);
        }
        await _store.WriteAsync<object>(key, words);
    }

    /// <summary>Saved (the server or the outbox has it now) or discarded: nothing to restore any more.</summary>
    public async Task ForgetAsync(string key)
    {
        lock (_gate)
        {
            _latest[key] = null;
            _unwritten.Remove(key);
        }
        await _store.RemoveAsync(key);
    }

    /// <summary>Writes everything typed since the last write.</summary>
    public async Task WriteAsync()
    {
        List<(string Key, object? Words)> unwritten;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            unwritten = [.. _unwritten.Select(key => (key, _latest.GetValueOrDefault(key)))];
            _unwritten.Clear();
        }
        foreach (var (key, words) in unwritten)
            if (words is not null) await _store.WriteAsync(key, words);
    }

    private void OnHidden() => BackgroundWork.Run(WriteAsync(), "keeping what was typed as the tab hides");

    public void Dispose()
    {
        _network.Hidden -= OnHidden;
        _timer?.Dispose();
    }
}
