using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

public sealed class NoteSyncTests
{
    [Fact]
    public async Task A_note_from_one_client_reaches_the_others_with_consecutive_sequence_numbers()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var bob = await app.JoinAsync(board.Code, "李雷");
        await using var carol = await app.JoinAsync(board.Code, "Carol");
        var start = carol.State.Seq;

        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            Assert.True((await alice.SubmitAsync(new AddNote(id, Stage, $"会议太多 {i}", NoteColor.Yellow, i * 10, 0))).Accepted);

        foreach (var client in new[] { bob, carol })
        {
            var state = await client.WaitForSeqAsync(start + 5);
            Assert.Equal(ids.ToHashSet(), state.Notes.Keys.ToHashSet());
            var seqs = client.Received.Select(e => e.Seq).Where(s => s > start).ToList();
            Assert.Equal(Enumerable.Range((int)start + 1, 5).Select(s => (long)s), seqs); // Rule B2: consecutive, in order
        }
        Assert.Equal("会议太多 0", bob.State.Notes[ids[0]].Text);
        Assert.Equal(alice.Joined!.ParticipantId, bob.State.Notes[ids[0]].AuthorId);
    }

    [Fact]
    public async Task Edit_recolour_move_and_delete_reach_every_client()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var bob = await app.JoinAsync(board.Code, "李雷");
        var id = Guid.NewGuid();

        await alice.SubmitAsync(new AddNote(id, Stage, "草稿", NoteColor.Yellow, 0, 0));
        await alice.SubmitAsync(new EditNote(id, "定稿"));
        await alice.SubmitAsync(new RecolorNote(id, NoteColor.Blue));
        var moved = await bob.SubmitAsync(new MoveNote(id, 310.4, -20.6)); // Rule N6: anyone may move
        var state = await alice.WaitForSeqAsync(moved.Seq);

        Assert.Equal(("定稿", NoteColor.Blue, 310d, -21d), (state.Notes[id].Text, state.Notes[id].Color, state.Notes[id].X, state.Notes[id].Y));
        var deleted = await alice.SubmitAsync(new DeleteNote(id));
        Assert.Empty((await bob.WaitForSeqAsync(deleted.Seq)).Notes);
    }

    [Fact]
    public async Task A_repeated_operation_id_is_applied_once_and_answered_with_the_original_sequence_number()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var bob = await app.JoinAsync(board.Code, "李雷");
        var opId = Guid.NewGuid();
        var add = new AddNote(Guid.NewGuid(), Stage, "只加一次", NoteColor.Pink, 5, 5);

        var first = await alice.SubmitAsync(add, opId);
        var again = await alice.SubmitAsync(add, opId); // Rule S1
        var fromBob = await bob.SubmitAsync(new MoveNote(add.NoteId, 50, 50));

        Assert.Equal(first.Seq, again.Seq);
        Assert.True(again.Accepted);
        await bob.WaitForSeqAsync(fromBob.Seq);
        Assert.Single(bob.Received, e => e.OpId == opId);
        Assert.Equal(first.Seq + 1, fromBob.Seq);
        var stored = await alice.CatchUpAsync(0);
        Assert.Single(stored.Events, e => e.OpId == opId);
    }

    [Fact]
    public async Task A_client_that_was_away_catches_up_with_exactly_the_events_it_missed()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var bob = await app.JoinAsync(board.Code, "李雷");
        var bobToken = bob.Joined!.ParticipantToken;
        var lastSeen = bob.State.Seq;
        await bob.DisposeAsync();

        long last = 0;
        for (var i = 0; i < 7; i++)
            last = (await alice.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, $"离线时 {i}", NoteColor.Green, i, i))).Seq;

        await using var back = new BoardClient(app.NewConnection());
        await back.StartAsync();
        var rejoined = await back.JoinAsync(new(board.Code, null, Core.Participants.ParticipantLocation.Remote, bobToken));
        Assert.Equal(bob.Joined.ParticipantId, rejoined.ParticipantId); // Rule P5: the same participant again
        var missed = await back.CatchUpAsync(lastSeen); // Rule S2

        Assert.Equal(Enumerable.Range((int)lastSeen + 1, (int)(last - lastSeen)).Select(s => (long)s), missed.Events.Select(e => e.Seq));
        Assert.False(missed.HasMore);
        Assert.Equal(7, missed.Events.Count);
    }

    [Fact]
    public async Task Catch_up_pages_long_histories()
    {
        await using var app = TestApp.Start(settings: ManyCommands);
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var id = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(id, Stage, "移动很多次", NoteColor.Yellow, 0, 0));
        for (var i = 0; i < 520; i++) await alice.SubmitAsync(new MoveNote(id, i, i));

        var first = await alice.CatchUpAsync(0);
        var rest = await alice.CatchUpAsync(first.Events[^1].Seq);

        Assert.True(first.HasMore);
        Assert.Equal(500, first.Events.Count);
        Assert.False(rest.HasMore);
        Assert.Equal(first.Events[^1].Seq + 1, rest.Events[0].Seq);
        Assert.Equal(519d, rest.Events.Select(e => e.Event).OfType<NoteMoved>().Last().X);
    }
}
