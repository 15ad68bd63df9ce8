using Whiteboard.Core.Rejections;
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
}
