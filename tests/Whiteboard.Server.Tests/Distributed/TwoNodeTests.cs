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

    [Fact]
    public async Task Concurrent_commands_for_one_board_on_both_nodes_get_distinct_gap_free_sequence_numbers()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = StartWithRedis(redis.ConnectionString, prefix);
        await using var nodeB = StartWithRedis(redis.ConnectionString, prefix);
        var board = await nodeA.CreateBoardAsync("同时写");
        var clients = new List<BoardClient>();
        for (var i = 0; i < 4; i++) clients.Add(await (i % 2 == 0 ? nodeA : nodeB).JoinAsync(board.Code, $"学员{i}"));
        var start = (await clients[0].CatchUpAsync(0)).Events[^1].Seq;

        // Rule B2 across nodes: each node's room decides on its own copy; the store's checked append orders them.
        var acks = await Task.WhenAll(clients.Select(async (c, i) =>
        {
            var mine = new List<CommandAck>();
            for (var n = 0; n < 25; n++) mine.Add(await c.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, $"{i}-{n}", NoteColor.Green, n, i)));
            return mine;
        }));

        var seqs = acks.SelectMany(a => a).Select(a => a.Seq).OrderBy(s => s).ToList();
        Assert.All(acks.SelectMany(a => a), a => Assert.True(a.Accepted));
        Assert.Equal(Enumerable.Range((int)start + 1, 100).Select(s => (long)s), seqs);
        foreach (var client in clients)
        {
            Assert.Equal(100, (await client.WaitForSeqAsync(seqs[^1])).Notes.Count);
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_whole_session_with_people_on_both_nodes_converges_on_every_client()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = StartWithRedis(redis.ConnectionString, prefix);
        await using var nodeB = StartWithRedis(redis.ConnectionString, prefix);
        var workshop = await nodeA.CreateWorkshopAsync(groups: 1);
        await using var facilitator = await nodeA.JoinAsync(workshop.Code, "张老师", facilitatorSecret: workshop.FacilitatorUrl.Split("#facilitator=")[1]);
        await using var alice = await nodeA.JoinAsync(workshop.Code, "王芳");
        await using var bob = await nodeB.JoinAsync(workshop.Code, "李雷");

        await facilitator.SubmitToAllAsync(new Core.Stages.AdvanceStage()); // Problem (private, anonymous)
        var (a1, a2, b1) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await alice.SubmitAsync(new AddNote(a1, "problem", "会议太多", NoteColor.Yellow, 0, 0));
        await alice.SubmitAsync(new AddNote(a2, "problem", "报表太多", NoteColor.Yellow, 200, 0));
        await bob.SubmitAsync(new AddNote(b1, "problem", "流程太长", NoteColor.Blue, 400, 0));
        await facilitator.SubmitAsync(new Core.Stages.RevealNotes("problem"));
        var cluster = Guid.NewGuid();
        await bob.SubmitAsync(new Core.Clusters.CreateCluster(cluster, [a1, a2], "形式主义"));
        await bob.SubmitAsync(new Core.Voting.CastVote(cluster));
        await alice.SubmitAsync(new Core.Voting.CastVote(b1));
        var last = await facilitator.SubmitAsync(new Core.Stages.RevealVotes("problem"));

        var views = new[] { facilitator, alice, bob };
        foreach (var view in views) await view.WaitForSeqAsync(last.Seq);
        Assert.All(views, v => Assert.Equal(3, v.State.Notes.Count));
        Assert.All(views, v => Assert.Equal(new HashSet<Guid> { a1, a2 }, v.State.MembersOf(cluster).Select(n => n.Id).ToHashSet()));
        Assert.All(views, v => Assert.Equal(2, v.State.Votes.Count)); // revealed: everyone sees both dots
        Assert.All(views, v => Assert.Equal(Core.Stages.StageStatus.Open, v.State.StageById("problem")!.Status));
        Assert.All(views, v => Assert.True(v.State.StageById("problem")!.VotesRevealed));
    }
}
