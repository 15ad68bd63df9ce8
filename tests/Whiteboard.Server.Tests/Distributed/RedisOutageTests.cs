using Whiteboard.Client.Connection;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Tests.Support;
using Whiteboard.Tests.Shared;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Distributed;

public sealed class RedisOutageTests
{
    [Fact]
    public async Task While_Redis_is_down_commands_are_refused_as_unavailable_and_everything_resumes_when_it_is_back()
    {
        await using var redis = await RedisServerProcess.StartAsync(appendOnly: true);
        await using var node = StartWithRedis(redis.ConnectionString, $"t{Guid.NewGuid():N}:");
        var board = await node.CreateBoardAsync("断电演练");
        await using var alice = await node.JoinAsync(board.Code, "王芳");
        var before = Guid.NewGuid();
        Assert.True((await alice.SubmitAsync(new AddNote(before, Stage, "Redis 停之前", NoteColor.Yellow, 0, 0))).Accepted);

        await redis.KillAsync();
        var during = new AddNote(Guid.NewGuid(), Stage, "Redis 停的时候", NoteColor.Pink, 10, 0);
        var duringOp = Guid.NewGuid();
        var refused = await alice.SubmitAsync(during, duringOp);
        var lookup = await node.Http.GetAsync($"/api/boards/{board.Code}");

        Assert.Equal(RejectionCode.Unavailable, refused.Rejection?.Code); // docs/PROTOCOL.md, "When the store is down": refused, typed, nothing half-done
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, lookup.StatusCode);

        await redis.StartAgainAsync();
        CommandAck? resent = null;
        await Wait.UntilAsync(async () =>
        {
            resent = await alice.SubmitAsync(during, duringOp); // as the outbox does: the same op id, again
            return resent.Accepted;
        });
        var state = await alice.WaitForSeqAsync(resent!.Seq);

        Assert.Equal(["Redis 停之前", "Redis 停的时候"], state.NotesInOrder().Select(n => n.Text));
        var stored = (await alice.CatchUpAsync(0)).Events;
        Assert.Single(stored, e => e.OpId == duringOp);
    }

    [Fact]
    public async Task A_browser_that_reconnects_while_the_store_is_down_keeps_joining_and_sends_what_waited_once_it_is_back()
    {
        await using var redis = await RedisServerProcess.StartAsync(appendOnly: true);
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var first = StartWithRedis(redis.ConnectionString, prefix);
        var board = await first.CreateBoardAsync("断网又断库");
        await using var second = StartWithRedis(redis.ConnectionString, prefix);
        var upstream = first.BaseAddress.Port;
        await using var network = TcpProxy.To(() => [upstream]);
        await using var client = await RealClient.JoinAsync(network.Address, board.Code, "王芳");

        // The store goes, then the browser's node: it reconnects to a node that has not seen this workshop and cannot be let
        // in before the store is back.
        await redis.KillAsync();
        upstream = second.BaseAddress.Port;
        network.DropAll();
        var written = Guid.NewGuid();
        await client.Board.SubmitAsync(new AddNote(written, Stage, "库停的时候写的", NoteColor.Yellow, 0, 0));
        await Task.Delay(Backoff.Longest); // several tries to come back
        Assert.NotEqual(ConnectionState.Online, client.Connection.State);
        Assert.Equal(1, client.Board.UnsentCount);

        // Nobody reloads: the store comes back and the same browser joins by itself and sends what waited, once.
        await redis.StartAgainAsync();
        await Wait.UntilAsync(() => Task.FromResult(client.Connection.State == ConnectionState.Online && client.Board.Pending.Count == 0),
            BoardClient.Patience + 2 * Backoff.Longest);
        Assert.Contains(written, client.Board.Confirmed.Notes.Keys);
        Assert.Empty(client.Refusals);
    }
}
