using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Tests.Storage;

/// <summary>
/// What every <see cref="IBoardStore"/> must do. One suite; each implementation runs it by deriving and making a store.
/// </summary>
public abstract class BoardStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    protected IBoardStore Store { get; private set; } = null!;

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<IBoardStore> CreateStoreAsync();

    /// <summary>Another store over the same data, as after a restart or on another node.</summary>
    protected abstract Task<IBoardStore> ReopenAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync(default);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static BoardRecord NewBoard(string code) => new(Guid.NewGuid(), code, "hash-" + code, Now);

    protected static EventEnvelope Created(long seq = 1) =>
        new(seq, Guid.NewGuid(), Guid.Empty, Now, new BoardCreated("研讨", BoardLanguage.ZhCn));

    protected static EventEnvelope Note(long seq, Guid? opId = null) =>
        new(seq, opId ?? Guid.NewGuid(), Guid.NewGuid(), Now.AddSeconds(seq), new NoteAdded(Guid.NewGuid(), $"便签 {seq}", NoteColor.Yellow, seq, -seq));

    [Fact]
    public async Task A_created_board_is_found_by_code_and_by_id_with_its_first_event()
    {
        var board = NewBoard("ABCDEF");
        var created = Created();

        Assert.True(await Store.TryCreateBoardAsync(board, created, default));

        Assert.Equal(board, await Store.FindBoardByCodeAsync("ABCDEF", default));
        Assert.Equal(board, await Store.FindBoardAsync(board.BoardId, default));
        Assert.Equal([created], await Store.ReadEventsAsync(board.BoardId, 0, 10, default));
    }

    [Fact]
    public async Task A_taken_code_is_not_given_twice()
    {
        Assert.True(await Store.TryCreateBoardAsync(NewBoard("ABCDEF"), Created(), default));

        var second = NewBoard("ABCDEF");
        Assert.False(await Store.TryCreateBoardAsync(second, Created(), default));
        Assert.Null(await Store.FindBoardAsync(second.BoardId, default));
        Assert.Empty(await Store.ReadEventsAsync(second.BoardId, 0, 10, default));
    }

    [Fact]
    public async Task Unknown_boards_and_codes_are_not_found()
    {
        Assert.Null(await Store.FindBoardByCodeAsync("ZZZZZZ", default));
        Assert.Null(await Store.FindBoardAsync(Guid.NewGuid(), default));
        Assert.Empty(await Store.ReadEventsAsync(Guid.NewGuid(), 0, 10, default));
    }

    [Fact]
    public async Task Events_append_in_sequence_and_read_back_exactly()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        var notes = Enumerable.Range(2, 5).Select(s => Note(s)).ToList();

        foreach (var e in notes) Assert.Equal(AppendResult.Appended, await Store.AppendAsync(board.BoardId, e, default));

        Assert.Equal(notes, await Store.ReadEventsAsync(board.BoardId, 1, 100, default));
        Assert.Equal(notes.Skip(2), await Store.ReadEventsAsync(board.BoardId, 3, 100, default));
        Assert.Equal(notes.Take(2), await Store.ReadEventsAsync(board.BoardId, 1, 2, default));
        Assert.Empty(await Store.ReadEventsAsync(board.BoardId, 6, 100, default));
    }

    [Fact]
    public async Task An_append_that_is_not_the_next_sequence_number_is_a_conflict_and_writes_nothing()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        await Store.AppendAsync(board.BoardId, Note(2), default);

        Assert.Equal(AppendResult.SequenceConflict, await Store.AppendAsync(board.BoardId, Note(2), default));
        Assert.Equal(AppendResult.SequenceConflict, await Store.AppendAsync(board.BoardId, Note(4), default));
        Assert.Equal(2, (await Store.ReadEventsAsync(board.BoardId, 0, 100, default)).Count);
    }

    [Fact]
    public async Task A_repeated_operation_id_is_a_duplicate_and_writes_nothing()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        var first = Note(2);
        await Store.AppendAsync(board.BoardId, first, default);

        Assert.Equal(AppendResult.DuplicateOperation, await Store.AppendAsync(board.BoardId, Note(3, first.OpId), default));
        Assert.Equal(first, await Store.FindOperationAsync(board.BoardId, first.OpId, default));
        Assert.Null(await Store.FindOperationAsync(board.BoardId, Guid.NewGuid(), default));
        Assert.Single(await Store.ReadEventsAsync(board.BoardId, 1, 100, default));
    }

    [Fact]
    public async Task Operation_ids_are_per_board()
    {
        var a = NewBoard("AAAAAA");
        var b = NewBoard("BBBBBB");
        await Store.TryCreateBoardAsync(a, Created(), default);
        await Store.TryCreateBoardAsync(b, Created(), default);
        var opId = Guid.NewGuid();

        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(a.BoardId, Note(2, opId), default));
        Assert.Equal(AppendResult.Appended, await Store.AppendAsync(b.BoardId, Note(2, opId), default));
    }

    [Fact]
    public async Task Concurrent_appends_of_the_same_sequence_number_let_exactly_one_win()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        var other = await ReopenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Store : other).AppendAsync(board.BoardId, Note(2), default)));

        Assert.Single(results, r => r == AppendResult.Appended);
        Assert.All(results.Where(r => r != AppendResult.Appended), r => Assert.Equal(AppendResult.SequenceConflict, r));
        Assert.Equal(2, (await Store.ReadEventsAsync(board.BoardId, 0, 100, default)).Count);
    }

    [Fact]
    public async Task Everything_is_still_there_after_reopening()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        var note = Note(2);
        await Store.AppendAsync(board.BoardId, note, default);
        var key = await Store.GetOrAddSecretAsync("k", [1, 2, 3], default);

        var reopened = await ReopenAsync();

        Assert.Equal(board, await reopened.FindBoardByCodeAsync("ABCDEF", default));
        Assert.Equal(note, (await reopened.ReadEventsAsync(board.BoardId, 1, 10, default)).Single());
        Assert.Equal(key, await reopened.GetOrAddSecretAsync("k", [9, 9, 9], default));
    }

    [Fact]
    public async Task A_secret_is_created_once_and_then_always_the_same()
    {
        var first = await Store.GetOrAddSecretAsync("token-key", [1, 2, 3], default);
        var second = await Store.GetOrAddSecretAsync("token-key", [4, 5, 6], default);
        var other = await Store.GetOrAddSecretAsync("other", [7], default);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal(first, second);
        Assert.Equal([7], other);
    }

    [Fact]
    public async Task Event_times_and_texts_round_trip_exactly()
    {
        var board = NewBoard("ABCDEF");
        await Store.TryCreateBoardAsync(board, Created(), default);
        var precise = new EventEnvelope(2, Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(638_999_999_999_999_999, TimeSpan.Zero),
            new NoteAdded(Guid.NewGuid(), "多行\n表情 👨‍👩‍👧‍👦 \"引号\" <b>不是标记</b>", NoteColor.Purple, -99_999, 99_999));

        await Store.AppendAsync(board.BoardId, precise, default);

        Assert.Equal(precise, (await Store.ReadEventsAsync(board.BoardId, 1, 10, default)).Single());
    }
}
