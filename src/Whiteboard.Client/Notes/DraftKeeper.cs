using Whiteboard.Client.Browser;

namespace Whiteboard.Client.Notes;

/// <summary>
/// Keeps what is typed in a note editor, per board, in the browser's storage: written <see cref="Quiet"/> after the last
/// keystroke (and at once when the tab is hidden), so a reload or a closed lid never loses a draft.
/// </summary>
public sealed class DraftKeeper : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly BrowserStore _store;
    private readonly TimeProvider _time;
    private readonly BrowserNetwork _network;
    private readonly Lock _gate = new();
    /// <summary>The latest draft of each board, also before it is written (null: discarded).</summary>
    private readonly Dictionary<Guid, KeptDraft?> _latest = [];
    private readonly HashSet<Guid> _unwritten = [];
    private ITimer? _timer;

    public DraftKeeper(BrowserStore store, TimeProvider time, BrowserNetwork network)
    {
        (_store, _time, _network) = (store, time, network);
        _network.Hidden += OnHidden;
    }

    public async Task<KeptDraft?> ReadAsync(Guid boardId)
    {
        lock (_gate)
            if (_latest.TryGetValue(boardId, out var latest)) return latest;
        return await _store.ReadAsync<KeptDraft>(StorageKeys.NoteDraft(boardId));
    }

    /// <summary>Something was typed: kept once the typing pauses.</summary>
    public void Typed(Guid boardId, KeptDraft draft)
    {
        lock (_gate)
        {
            _latest[boardId] = draft;
            _unwritten.Add(boardId);
            _timer?.Dispose();
            _timer = _time.CreateTimer(_ => _ = WriteAsync(), null, Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Saved or discarded: nothing to restore any more.</summary>
    public async Task ForgetAsync(Guid boardId)
    {
        lock (_gate)
        {
            _latest[boardId] = null;
            _unwritten.Remove(boardId);
        }
        await _store.RemoveAsync(StorageKeys.NoteDraft(boardId));
    }

    /// <summary>Writes every draft typed since the last write.</summary>
    public async Task WriteAsync()
    {
        List<(Guid BoardId, KeptDraft? Draft)> unwritten;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            unwritten = [.. _unwritten.Select(id => (id, _latest.GetValueOrDefault(id)))];
            _unwritten.Clear();
        }
        foreach (var (boardId, draft) in unwritten)
            if (draft is not null) await _store.WriteAsync(StorageKeys.NoteDraft(boardId), draft);
    }

    private void OnHidden() => _ = WriteAsync();

    public void Dispose()
    {
        _network.Hidden -= OnHidden;
        _timer?.Dispose();
    }
}
