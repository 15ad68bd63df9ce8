using Whiteboard.Client.Participants;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Keeps what a tablet needs to open its workshop again without the network (docs/PROTOCOL.md, "Offline start"): each board's pending
/// commands, written the moment they change (they are someone's unsaved words), and the last known state of the workshop,
/// written at most every <see cref="SaveEvery"/> (the server has it anyway; this is only for opening offline) — and, when
/// writing it takes long (a board of thousands of notes on a slow tablet), only after <see cref="QuietFactor"/> times as
/// long as the last write took (at most <see cref="MostQuiet"/>), so that keeping it takes only a small share of the tablet's
/// main thread.
/// </summary>
public sealed class WorkshopKeeper(BrowserStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The wait before the next write is at least this many times the last write's duration: at most one twentieth of the
    /// time spent writing. Writing the whole workshop is one long task the page cannot paint during (0.4 s of
    /// <c>setItem</c> alone for 2,000 notes on a 4×-slowed tablet, docs/PERFORMANCE.md); every 2 s it would freeze a live class.
    /// </summary>
    public const int QuietFactor = 20;

    /// <summary>
    /// The longest wait between writes, however long the last one seemed: a tab frozen or a tablet asleep in the middle of
    /// a write makes it seem to take minutes, and the state kept for opening offline must not grow that old.
    /// </summary>
    public static readonly TimeSpan MostQuiet = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many workshops' states a browser keeps: the one it is in and the last ones before. A facilitator's laptop runs a
    /// class a week; without a limit their states would fill local storage, and a full storage refuses someone's waiting words.
    /// </summary>
    public const int MaxKept = 3;

    private readonly Lock _gate = new();
    private readonly List<Action> _unwatch = [];
    private WorkshopSession? _session;
    private string _code = "";
    private ITimer? _timer;
    private TimeSpan _wait = SaveEvery;

    public Task<KeptWorkshop?> WorkshopAsync(string code) => store.ReadAsync<KeptWorkshop>(StorageKeys.Workshop(code));

    /// <summary>The last move of this person to another group in this workshop, until they put the notice away.</summary>
    public Task<GroupMove?> MoveAsync(string code) => store.ReadAsync<GroupMove>(StorageKeys.GroupMove(code));

    public Task KeepMoveAsync(string code, GroupMove? move) =>
        move is null ? store.RemoveAsync(StorageKeys.GroupMove(code)) : store.WriteAsync(StorageKeys.GroupMove(code), move);

    /// <summary>The pending commands kept for each of these boards (none for a board with nothing waiting).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PendingCommand>>> OutboxesAsync(IEnumerable<Guid> boardIds)
    {
        var outboxes = new Dictionary<Guid, IReadOnlyList<PendingCommand>>();
        foreach (var boardId in boardIds)
            if (await store.ReadAsync<List<PendingCommand>>(StorageKeys.Outbox(boardId)) is { Count: > 0 } kept) outboxes[boardId] = kept;
        return outboxes;
    }

    /// <summary>The stage commands for every group kept for a workshop (rule W5).</summary>
    public async Task<IReadOnlyList<PendingWorkshopCommand>> ForAllAsync(Guid workshopId) =>
        await store.ReadAsync<List<PendingWorkshopCommand>>(StorageKeys.WorkshopOutbox(workshopId)) ?? [];

    /// <summary>From now on keeps this session (and no longer the one before).</summary>
    public async Task WatchAsync(string code, WorkshopSession session)
    {
        Unwatch();
        (_code, _session) = (code, session);
        await RememberAsync(code);
        foreach (var board in session.Boards)
        {
            Action pendingChanged = () => BackgroundWork.Run(SaveOutboxAsync(board), "keeping a board's outbox");
            board.PendingChanged += pendingChanged;
            board.Changed += SaveSoon;
            _unwatch.Add(() =>
            {
                board.PendingChanged -= pendingChanged;
                board.Changed -= SaveSoon;
            });
            await SaveOutboxAsync(board);
        }
        Action forAllChanged = () => BackgroundWork.Run(SaveForAllAsync(session), "keeping the commands for every group");
        session.PendingForAllChanged += forAllChanged;
        _unwatch.Add(() => session.PendingForAllChanged -= forAllChanged);
        await SaveForAllAsync(session);
        await SaveNowAsync();
    }

    /// <summary>Writes the workshop's state now (e.g. when the tab is hidden: the lid may be closing).</summary>
    public async Task SaveNowAsync()
    {
        WorkshopSession? session;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            session = _session;
        }
        if (session is null) return;
        var started = time.GetTimestamp();
        await store.WriteAsync(StorageKeys.Workshop(_code), new KeptWorkshop(session.Kept(), time.GetUtcNow()));
        var took = time.GetElapsedTime(started);
        var wait = TimeSpan.FromTicks(Math.Clamp(took.Ticks * QuietFactor, SaveEvery.Ticks, MostQuiet.Ticks));
        lock (_gate) _wait = wait;
    }

    /// <summary>The workshop's identity is gone (a refused token): its kept state must not open it again.</summary>
    public Task ForgetAsync(string code) => store.RemoveAsync(StorageKeys.Workshop(code));

    /// <summary>This workshop first in the list of those kept; the states of the ones past <see cref="MaxKept"/> dropped.</summary>
    private async Task RememberAsync(string code)
    {
        // No list yet: the workshops an older version kept (in no order) are its start, so that they too are dropped in time.
        var kept = await store.ReadAsync<List<string>>(StorageKeys.WorkshopsKept)
            ?? [.. (await store.KeysAsync(StorageKeys.WorkshopPrefix)).Select(key => key[StorageKeys.WorkshopPrefix.Length..])];
        if (kept.Count > 0 && kept[0] == code) return;
        kept.Remove(code);
        kept.Insert(0, code);
        foreach (var old in kept.Skip(MaxKept)) await store.RemoveAsync(StorageKeys.Workshop(old)); // outboxes stay: they are unsent words
        await store.WriteAsync(StorageKeys.WorkshopsKept, kept.Take(MaxKept).ToList());
    }

    private void SaveSoon()
    {
        lock (_gate) _timer ??= time.CreateTimer(_ => BackgroundWork.Run(SaveNowAsync(), "keeping the workshop"), null, _wait, Timeout.InfiniteTimeSpan);
    }

    private Task SaveForAllAsync(WorkshopSession session) => Keep(StorageKeys.WorkshopOutbox(session.Workshop.WorkshopId), session.PendingForAll);

    private Task SaveOutboxAsync(BoardSession board) => Keep(StorageKeys.Outbox(board.BoardId), board.Pending);

    /// <summary>Waiting commands are written the moment they change (they are someone's unsaved words); none, no key.</summary>
    private Task Keep<T>(string key, IReadOnlyList<T> waiting) => waiting.Count > 0 ? store.WriteAsync(key, waiting) : store.RemoveAsync(key);

    private void Unwatch()
    {
        foreach (var unwatch in _unwatch) unwatch();
        _unwatch.Clear();
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _session = null;
        }
    }

    public void Dispose() => Unwatch();
}
