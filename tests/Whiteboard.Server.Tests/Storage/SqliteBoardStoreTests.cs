using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Flows;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Storage.Sqlite;

namespace Whiteboard.Server.Tests.Storage;

public sealed class SqliteBoardStoreTests : BoardStoreContract
{
    private readonly string _folder = TestFolders.New();
    private readonly List<SqliteBoardStore> _stores = [];

    protected override Task<IBoardStore> CreateStoreAsync() => ReopenAsync();

    protected override Task<IBoardStore> ReopenAsync()
    {
        var store = new SqliteBoardStore(Options.Create(new StorageOptions { DataFolder = _folder }));
        _stores.Add(store);
        return Task.FromResult<IBoardStore>(store);
    }

    [Fact]
    public async Task Appends_that_queue_behind_a_slow_commit_are_committed_together_each_with_its_own_answer()
    {
        // Another writer holds SQLite's write lock, as a slow disk would hold a commit: the first append waits inside its
        // commit, the rest queue behind it, and the next commit takes them all (group commit). Each board's answer must
        // still be its own: one event stored, its retry a duplicate, another command on its sequence number a conflict.
        var boards = new List<Guid>();
        for (var i = 0; i < 10; i++) boards.Add(await NewBoardAsync("SLOW" + (char)('A' + i) + (char)('A' + i)));
        var waiting = 0;
        var allQueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tries = boards.Select(b => (board: b, command: Note(2), other: Note(2))).ToList();
        var appends = tries.SelectMany(t => new[] { (t.board, e: t.command), (t.board, e: t.command), (t.board, e: t.other) }).ToList();
        await using var blocker = new SqliteConnection($"Data Source={((SqliteBoardStore)Store).DatabasePath};Pooling=False");
        await blocker.OpenAsync();
        Task<AppendResult>[] answers;
        await using (var hold = blocker.BeginTransaction(deferred: false)) // BEGIN IMMEDIATE: the write lock, now
        {
            answers = [.. appends.Select(a => Task.Run(() =>
            {
                // The append that got the writer is held inside its commit and returns only after; the others return at once.
                var answer = Store.AppendAsync(a.board, a.e, default);
                if (Interlocked.Increment(ref waiting) == appends.Count - 1) allQueued.SetResult();
                return answer;
            }))];
            await allQueued.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await hold.RollbackAsync();
        }
        await Task.WhenAll(answers);

        foreach (var (board, command, other) in tries)
        {
            var stored = Assert.Single(await Store.ReadEventsAsync(board, 1, 100, default));
            var results = appends.Select((a, i) => (a, i)).Where(x => x.a.board == board).Select(x => answers[x.i].Result).ToList();
            Assert.Single(results, AppendResult.Appended);
            // The command and its retry are the same operation: whichever queued first is stored, the other is its duplicate.
            if (stored == command)
            {
                Assert.Equal([AppendResult.Appended, AppendResult.DuplicateOperation], results.Take(2).Order());
                Assert.Equal(AppendResult.SequenceConflict, results[2]);
            }
            else Assert.Equal([AppendResult.SequenceConflict, AppendResult.SequenceConflict, AppendResult.Appended], results);
        }
    }

    [Fact]
    public async Task An_append_whose_insert_fails_in_a_group_commit_fails_alone_and_the_others_are_stored()
    {
        // SQLite refuses one board's inserts (as a corrupt page or a constraint would). A first append holds the writer,
        // stuck behind another connection's write lock, while the refused board's and eight others queue: the next commit
        // takes all nine. Only the refused append fails; the rest are durable.
        var boards = new List<Guid>();
        for (var i = 0; i < 10; i++) boards.Add(await NewBoardAsync("FAIL" + (char)('A' + i) + (char)('A' + i)));
        var refused = boards[4];
        await using var blocker = new SqliteConnection($"Data Source={((SqliteBoardStore)Store).DatabasePath};Pooling=False");
        await blocker.OpenAsync();
        await using (var trigger = blocker.CreateCommand())
        {
            trigger.CommandText = $"""
                CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.board_id = '{refused}' AND NEW.seq > 1
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """;
            await trigger.ExecuteNonQueryAsync();
        }
        var notes = boards.Select(_ => Note(2)).ToList();
        var store = (SqliteBoardStore)Store;
        var answers = new Task<AppendResult>[boards.Count];
        await using (var hold = blocker.BeginTransaction(deferred: false))
        {
            answers[0] = Task.Run(() => Store.AppendAsync(boards[0], notes[0], default));
            await Wait.Until(() => store.Writing && store.QueuedAppends == 0); // in its own commit, which waits for the lock
            for (var i = 1; i < boards.Count; i++)
            {
                var (board, note) = (boards[i], notes[i]);
                answers[i] = Task.Run(() => Store.AppendAsync(board, note, default));
            }
            await Wait.Until(() => store.QueuedAppends == boards.Count - 1);
            await hold.RollbackAsync();
        }
        for (var i = 0; i < boards.Count; i++)
        {
            if (boards[i] == refused)
            {
                await Assert.ThrowsAsync<SqliteException>(() => answers[i]);
                Assert.Empty(await Store.ReadEventsAsync(boards[i], 1, 100, default));
            }
            else
            {
                Assert.Equal(AppendResult.Appended, await answers[i]);
                Assert.Equal([notes[i]], await Store.ReadEventsAsync(boards[i], 1, 100, default));
            }
        }
        // Alone in its commit, the refused append fails that commit; the store carries on with the next one.
        await Assert.ThrowsAsync<SqliteException>(() => Store.AppendAsync(refused, Note(2), default));
        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(boards[0], Note(3), default));
        Assert.Empty(await Store.ReadEventsAsync(refused, 1, 100, default));
    }

    [Fact]
    public async Task A_store_disposed_while_a_commit_is_stuck_lets_it_finish_fails_the_queued_append_and_keeps_no_file_open()
    {
        // Shutdown meets a commit stuck behind another connection's write lock (a stuck disk) and one more append queued
        // behind it: the shutdown does not wait past its bound, the stuck commit still completes and closes its own
        // connection, and the queued append fails instead of opening the file again.
        var (first, second) = (await NewBoardAsync("SHUTAA"), await NewBoardAsync("SHUTBB"));
        var store = (SqliteBoardStore)Store;
        var (firstNote, secondNote) = (Note(2), Note(2));
        Task<AppendResult> firstAnswer, secondAnswer;
        await using (var blocker = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False"))
        {
            await blocker.OpenAsync();
            await using var hold = blocker.BeginTransaction(deferred: false);
            firstAnswer = Task.Run(() => Store.AppendAsync(first, firstNote, default));
            await Wait.Until(() => store.Writing && store.QueuedAppends == 0);
            secondAnswer = Task.Run(() => Store.AppendAsync(second, secondNote, default));
            await Wait.Until(() => store.QueuedAppends == 1);

            await Task.Run(store.Dispose); // returns after its bounded wait, the commit still stuck
            Assert.False(firstAnswer.IsCompleted);
            await hold.RollbackAsync();
        }

        Assert.Equal(AppendResult.Appended, await firstAnswer);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => secondAnswer);
        Assert.Empty(OpenHandlesTo(store.DatabasePath));
        var reopened = await ReopenAsync();
        Assert.Equal([firstNote], await reopened.ReadEventsAsync(first, 1, 100, default));
        Assert.Empty(await reopened.ReadEventsAsync(second, 1, 100, default));
    }

    /// <summary>This process's open file descriptors on the database or its WAL files (Linux).</summary>
    private static List<string> OpenHandlesTo(string database) =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => { try { return fd.LinkTarget; } catch (IOException) { return null; } })
            .OfType<string>()
            .Where(target => target.StartsWith(database, StringComparison.Ordinal))];

    [Fact]
    public async Task An_append_given_up_before_its_commit_is_not_stored_and_the_board_carries_on()
    {
        var board = await NewBoardAsync("GIVEUP");
        var given = Note(2);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.AppendAsync(board, given, new CancellationToken(canceled: true)));
        var next = Note(2);
        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(board, next, default)); // the given-up one was left out

        Assert.Equal([next], await Store.ReadEventsAsync(board, 1, 100, default));
        Assert.Null(await Store.FindOperationAsync(board, given.OpId, default));
    }

    [Fact]
    public async Task A_database_from_before_flows_is_upgraded_and_keeps_its_workshops_and_events()
    {
        var folder = TestFolders.New();
        try
        {
            // A version-2 database as the server before flows left it: no flow column.
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "whiteboard.db");
            await using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await old.OpenAsync();
                await using var create = old.CreateCommand();
                create.CommandText = SqliteSchemaVersion2;
                await create.ExecuteNonQueryAsync();
            }
            using var store = new SqliteBoardStore(Options.Create(new StorageOptions { DataFolder = folder }));
            await store.InitializeAsync(default);

            var found = await store.FindWorkshopByCodeAsync("OLD234", default);
            Assert.Equal("旧研讨", found!.Title);
            Assert.Null(found.Flow);
            Assert.True(await store.TryCreateWorkshopAsync(NewWorkshop("NEW234") with { Flow = FlowLibrary.All[0] }, [Created()], default));
            Assert.NotNull((await store.FindWorkshopByCodeAsync("NEW234", default))!.Flow);
            // Version 4: workshops know the facilitator who made them, and facilitators are kept (rule O2).
            Assert.Null(found.FacilitatorId);
            var facilitator = new FacilitatorRecord(Guid.NewGuid(), "王老师", "党校", "link-hash", DateTimeOffset.UnixEpoch, null);
            await store.SaveFacilitatorAsync(facilitator, default);
            Assert.Equal(facilitator, await store.FindFacilitatorByLinkHashAsync("link-hash", default));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestFolders.Delete(folder);
        }
    }

    /// <summary>The schema of version 2, with one workshop in it.</summary>
    private const string SqliteSchemaVersion2 = """
        CREATE TABLE workshops (
            workshop_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, language TEXT NOT NULL,
            template TEXT NOT NULL, facilitator_secret_hash TEXT NOT NULL, observer_secret_hash TEXT NOT NULL,
            created_at_ticks INTEGER NOT NULL, board_ids TEXT NOT NULL);
        CREATE TABLE events (board_id TEXT NOT NULL, seq INTEGER NOT NULL, op_id TEXT NOT NULL, actor_id TEXT NOT NULL,
            at_ticks INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (board_id, seq)) WITHOUT ROWID;
        CREATE UNIQUE INDEX events_by_operation ON events (board_id, op_id);
        CREATE TABLE snapshots (board_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL);
        CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        INSERT INTO workshops VALUES ('7d1c6a3e-2a4b-4c1e-9f7a-0b1c2d3e4f50', 'OLD234', '旧研讨', 'ZhCn', 'ActionLearning',
            'f-hash', 'o-hash', 638000000000000000, '["7d1c6a3e-2a4b-4c1e-9f7a-0b1c2d3e4f51"]');
        PRAGMA user_version = 2;
        """;

    public override Task DisposeAsync()
    {
        foreach (var store in _stores) store.Dispose();
        TestFolders.Delete(_folder);
        return Task.CompletedTask;
    }
}
