using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Storage.Sqlite;

namespace Whiteboard.Server.Tests.Boards;

/// <summary>
/// One board's room on its own, over a real SQLite store, with no hub: what it publishes goes to a recording delegate.
/// Rules B2 (the server orders and stores every event before anyone hears of it), S1 (an operation is applied once),
/// S2 (catching up) and B4 (a reloaded room is the same board).
/// </summary>
public sealed class BoardRoomTests : IAsyncLifetime
{
    private static readonly Guid Trainee = Guid.NewGuid();
    private static readonly Guid Facilitator = Guid.NewGuid();
    private readonly string _folder = TestFolders.New();
    private readonly List<SqliteBoardStore> _stores = [];
    private readonly ConcurrentQueue<(BoardState Before, EventEnvelope Event)> _published = new();
    private SqliteBoardStore _store = null!;
    private Guid _boardId;

    public async Task InitializeAsync()
    {
        _store = await OpenStoreAsync();
        var workshop = new WorkshopRecord(Guid.NewGuid(), "ABCDEF", "周会", BoardLanguage.ZhCn, WorkshopTemplate.OpenBrainstorm,
            "facilitator-hash", "observer-hash", DateTimeOffset.UtcNow, [Guid.NewGuid()]);
        _boardId = workshop.BoardIds[0];
        var created = new EventEnvelope(1, Guid.NewGuid(), Guid.Empty, DateTimeOffset.UtcNow, new BoardCreated("周会", BoardLanguage.ZhCn,
            workshop.WorkshopId, 1, Templates.StagesOf(WorkshopTemplate.OpenBrainstorm), FirstStageOpen: true));
        Assert.True(await _store.TryCreateWorkshopAsync(workshop, [created], default));
    }

    public Task DisposeAsync()
    {
        foreach (var store in _stores) store.Dispose();
        TestFolders.Delete(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_accepted_command_is_stored_acknowledged_and_published_once_with_the_state_before_it()
    {
        var room = await JoinedRoomAsync();
        var noteId = Guid.NewGuid();
        var opId = Guid.NewGuid();

        var outcome = await room.SubmitAsync(opId, Trainee, new AddNote(noteId, "brainstorm", "会议太多", NoteColor.Yellow, 10, 20), default);

        Assert.Null(outcome.Rejection);
        var added = outcome.Event!;
        Assert.Equal((4L, opId, Trainee), (added.Seq, added.OpId, added.ActorId));
        Assert.Equal(added.Seq, (await _store.ReadEventsAsync(_boardId, 3, 10, default)).Single().Seq);
        var (before, published) = _published.Last();
        Assert.Equal(added, published);
        Assert.Equal(3, before.Seq);
        Assert.False(before.Notes.ContainsKey(noteId));
        Assert.Equal("会议太多", room.State.Notes[noteId].Text);
        Assert.Equal(3, _published.Count); // two joins, one note
    }

    [Fact]
    public async Task A_refused_command_publishes_nothing_and_stores_nothing()
    {
        var room = await JoinedRoomAsync();
        var published = _published.Count;

        var empty = await room.SubmitAsync(Guid.NewGuid(), Trainee, new AddNote(Guid.NewGuid(), "brainstorm", "   ", NoteColor.Yellow, 0, 0), default);
        var missing = await room.SubmitAsync(Guid.NewGuid(), Trainee, new EditNote(Guid.NewGuid(), "改一下"), default);
        var stranger = await room.SubmitAsync(Guid.NewGuid(), Guid.NewGuid(), new AddNote(Guid.NewGuid(), "brainstorm", "路人", NoteColor.Yellow, 0, 0), default);

        Assert.Equal(RejectionCode.NoteTextEmpty, empty.Rejection?.Code);
        Assert.Equal(RejectionCode.NoteNotFound, missing.Rejection?.Code);
        Assert.NotNull(stranger.Rejection);
        Assert.Equal(published, _published.Count);
        Assert.Equal(3, room.State.Seq);
        Assert.Empty(await _store.ReadEventsAsync(_boardId, 3, 10, default));
    }

    [Fact]
    public async Task The_same_operation_sent_again_is_applied_once_and_answered_as_before()
    {
        var room = await JoinedRoomAsync();
        var opId = Guid.NewGuid();
        var add = new AddNote(Guid.NewGuid(), "brainstorm", "审批慢", NoteColor.Pink, 0, 0);

        var first = await room.SubmitAsync(opId, Trainee, add, default);
        var again = await room.SubmitAsync(opId, Trainee, add, default); // the ack was lost: the browser sends it again

        Assert.Equal(first.Event, again.Event);
        Assert.Null(again.Rejection);
        Assert.Single(await _store.ReadEventsAsync(_boardId, 3, 10, default));
        Assert.Single(_published, p => p.Event.OpId == opId);
    }

    [Fact]
    public async Task Commands_at_the_same_moment_get_consecutive_numbers_and_are_published_in_order()
    {
        var room = await JoinedRoomAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            room.SubmitAsync(Guid.NewGuid(), i % 2 == 0 ? Trainee : Facilitator,
                new AddNote(Guid.NewGuid(), "brainstorm", $"想法 {i}", NoteColor.Yellow, i, i), default))));

        Assert.All(outcomes, o => Assert.Null(o.Rejection));
        Assert.Equal(Enumerable.Range(4, 40).Select(n => (long)n), outcomes.Select(o => o.Event!.Seq).Order());
        var seqs = _published.Select(p => p.Event.Seq).ToList();
        Assert.Equal(Enumerable.Range(2, 42).Select(n => (long)n), seqs); // in order, none twice, none missing
        Assert.All(_published, p => Assert.Equal(p.Event.Seq - 1, p.Before.Seq));
        Assert.Equal(40, room.State.Notes.Count);
    }

    [Fact]
    public async Task A_room_loaded_again_is_the_same_board_from_its_snapshot_and_the_events_after_it()
    {
        var room = await JoinedRoomAsync();
        for (var i = 0; i < BoardRoom.SnapshotEvery + 20; i++) // the facilitator: a trainee's quota (N9) would stop at 100
            Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Facilitator,
                new AddNote(Guid.NewGuid(), "brainstorm", $"便签 {i}", NoteColor.Yellow, i, 0), default)).Rejection);
        Assert.NotNull(await _store.LoadSnapshotAsync(_boardId, default)); // kept every SnapshotEvery events

        var reloaded = new BoardRoom(_boardId, await OpenStoreAsync(), (_, _) => Task.CompletedTask, TimeProvider.System);
        await reloaded.LoadAsync(default);

        Assert.Equal(room.State.Seq, reloaded.State.Seq);
        Assert.Equal(room.State.Notes.Keys.Order(), reloaded.State.Notes.Keys.Order());
        Assert.Equal(room.State.Notes.Values.Select(n => n.Text).Order(), reloaded.State.Notes.Values.Select(n => n.Text).Order());
        Assert.Equal(room.State.Participants.Keys.Order(), reloaded.State.Participants.Keys.Order());
    }

    [Fact]
    public async Task Catching_up_gives_exactly_the_missing_events_as_the_viewer_may_see_them()
    {
        var room = await JoinedRoomAsync();
        for (var i = 0; i < 5; i++)
            await room.SubmitAsync(Guid.NewGuid(), Trainee, new AddNote(Guid.NewGuid(), "brainstorm", $"便签 {i}", NoteColor.Yellow, i, 0), default);
        var viewer = new Viewer(Trainee, ParticipantRole.Participant);

        var missing = room.ReadAfter(5, 500, viewer);
        var paged = room.ReadAfter(3, 2, viewer);
        var none = room.ReadAfter(room.State.Seq, 500, viewer);

        Assert.Equal([6L, 7L, 8L], missing.Events.Select(e => e.Seq));
        Assert.False(missing.HasMore);
        Assert.Equal([4L, 5L], paged.Events.Select(e => e.Seq));
        Assert.True(paged.HasMore);
        Assert.Empty(none.Events);
        Assert.Null(missing.Snapshot);
    }

    [Fact]
    public async Task Catching_up_from_anywhere_in_the_recent_events_projects_each_as_a_replay_from_the_start_does()
    {
        // Only every StateEvery-th recent event keeps the state before it; the states in between are rebuilt. Private
        // writing makes a projection depend on that state: a note written privately reaches another trainee without
        // its text until the facilitator reveals it (rules ST6, H1).
        var room = await JoinedRoomAsync();
        var other = Guid.NewGuid();
        await room.SubmitAsync(Guid.NewGuid(), other, new JoinBoard(other, "李明", ParticipantRole.Participant, ParticipantLocation.InRoom), default);
        await room.SubmitAsync(Guid.NewGuid(), Facilitator,
            new ChangeStageSettings("brainstorm", StageSettings.Open with { PrivateWriting = true }), default);
        var notes = new List<Guid>();
        for (var i = 0; i < 3 * BoardRoom.StateEvery; i++)
        {
            if (i == 2 * BoardRoom.StateEvery)
                Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Facilitator, new RevealNotes("brainstorm"), default)).Rejection);
            else if (i % 3 == 0 || notes.Count == 0)
            {
                notes.Add(Guid.NewGuid());
                Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Trainee,
                    new AddNote(notes[^1], "brainstorm", $"想法 {i}", NoteColor.Yellow, i, 0), default)).Rejection);
            }
            else
                Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Trainee, new MoveNote(notes[i % notes.Count], i, i), default)).Rejection);
        }
        var viewer = new Viewer(other, ParticipantRole.Participant);

        for (var after = 0L; after < room.State.Seq; after += 7)
        {
            var caughtUp = room.ReadAfter(after, 500, viewer);
            var replayed = await room.HistoryAsync(after, 500, viewer, default);

            Assert.Null(caughtUp.Snapshot);
            Assert.Equal(room.State.Seq - after, caughtUp.Events.Count);
            Assert.Equal(JsonSerializer.Serialize(replayed.Events, WireJson.Options), JsonSerializer.Serialize(caughtUp.Events, WireJson.Options));
        }
        var all = room.ReadAfter(0, 500, viewer).Events;
        Assert.Contains(all, e => e.Event is EventHidden); // the private notes and their moves, before the reveal
        Assert.Contains(all, e => e.Event is NotesRevealed { Notes.Count: > 60 }); // … which brings every one of them
    }

    /// <summary>A loaded room with the facilitator and one trainee joined (events 2 and 3).</summary>
    private async Task<BoardRoom> JoinedRoomAsync()
    {
        var room = new BoardRoom(_boardId, _store, (before, e) =>
        {
            _published.Enqueue((before, e));
            return Task.CompletedTask;
        }, TimeProvider.System);
        await room.LoadAsync(default);
        Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Facilitator,
            new JoinBoard(Facilitator, "李老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom), default)).Rejection);
        Assert.Null((await room.SubmitAsync(Guid.NewGuid(), Trainee,
            new JoinBoard(Trainee, "王芳", ParticipantRole.Participant, ParticipantLocation.InRoom), default)).Rejection);
        return room;
    }

    private async Task<SqliteBoardStore> OpenStoreAsync()
    {
        var store = new SqliteBoardStore(Options.Create(new StorageOptions { DataFolder = _folder }));
        _stores.Add(store);
        await store.InitializeAsync(default);
        return store;
    }
}
