using Whiteboard.Core.Notes;
using Whiteboard.Server.Tests.Support;
using Whiteboard.Tests.Shared;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Distributed;

public sealed class TwoNodeTests
{
    [Fact]
    public async Task Notes_written_on_either_node_reach_clients_on_both()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = StartWithRedis(redis.ConnectionString, prefix);
        await using var nodeB = StartWithRedis(redis.ConnectionString, prefix);
        var board = await nodeA.CreateBoardAsync("两个节点");
        await using var alice = await nodeA.JoinAsync(board.Code, "王芳");
        await using var bob = await nodeB.JoinAsync(board.Code, "李雷");

        var fromA = await alice.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, "来自节点 A", NoteColor.Yellow, 0, 0));
        var fromB = await bob.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, "来自节点 B", NoteColor.Blue, 50, 0));

        Assert.Equal(fromA.Seq + 1, fromB.Seq);
        var aliceSees = await alice.WaitForSeqAsync(fromB.Seq);
        var bobSees = await bob.WaitForSeqAsync(fromB.Seq);
        Assert.Equal(2, aliceSees.Notes.Count);
        Assert.Equal(2, bobSees.Notes.Count);
        await using var probe = await nodeA.JoinAsync(board.Code, "探针");
        Assert.Contains(bob.Joined!.ParticipantId, probe.Joined!.Online); // presence across nodes
    }
}
