using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

public sealed class SnapshotTests
{
    [Fact]
    public async Task A_client_far_behind_gets_the_board_as_a_snapshot_instead_of_thousands_of_events()
    {
        await using var app = TestApp.Start(settings: ManyCommands);
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var id = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(id, Stage, "移动很多次", NoteColor.Yellow, 0, 0));
        for (var i = 0; i < BoardRoom.RecentEvents + 50; i++) await alice.SubmitAsync(new MoveNote(id, i, i));

        var farBehind = await alice.CatchUpAsync(3);
        var nearlyThere = await alice.CatchUpAsync(farBehind.Snapshot!.Seq - 10);

        Assert.Empty(farBehind.Events);
        Assert.Equal(BoardRoom.RecentEvents + 49d, farBehind.Snapshot.Notes.Single().X);
        Assert.Null(nearlyThere.Snapshot);
        Assert.Equal(10, nearlyThere.Events.Count);
    }

    [Fact]
    public async Task A_long_board_is_kept_as_snapshots_and_loads_from_the_latest_after_a_restart()
    {
        var folder = TestFolders.New();
        try
        {
            string code;
            long last;
            Guid id = Guid.NewGuid();
            await using (var first = TestApp.StartOn(folder, ManyCommands))
            {
                code = (await first.CreateBoardAsync()).Code;
                await using var alice = await first.JoinAsync(code, "王芳");
                await alice.SubmitAsync(new AddNote(id, Stage, "重启前", NoteColor.Yellow, 0, 0));
                last = 0;
                for (var i = 0; i < 450; i++) last = (await alice.SubmitAsync(new MoveNote(id, i, -i))).Seq;
                var kept = await first.Services.GetRequiredService<IBoardStore>().LoadSnapshotAsync(alice.BoardId, default);
                Assert.Equal(last / BoardRoom.SnapshotEvery * BoardRoom.SnapshotEvery, kept!.Seq);
            }

            await using var second = TestApp.StartOn(folder, ManyCommands);
            await using var back = await second.JoinAsync(code, "李雷");

            Assert.Equal(last + 1, back.State.Seq); // the snapshot, the events after it, and Li Lei's joining
            Assert.Equal((449d, -449d), (back.State.Notes[id].X, back.State.Notes[id].Y));
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }

    [Fact]
    public async Task Heads_tell_a_client_how_far_each_of_its_boards_is()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var added = await alice.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, "一", NoteColor.Yellow, 0, 0));

        var heads = await alice.Connection.InvokeAsync<IReadOnlyList<BoardHead>>(BoardHubMethods.Heads);

        var head = Assert.Single(heads);
        Assert.Equal((alice.BoardId, added.Seq), (head.BoardId, head.Seq));
        Assert.Equal([alice.Joined!.ParticipantId], head.Online); // and who is online, to repair a presence message missed
    }
}
