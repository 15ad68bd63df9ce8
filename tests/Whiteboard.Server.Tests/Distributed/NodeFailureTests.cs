using System.Net.Http.Json;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Distributed;

/// <summary>Distributed mode with real processes: nodes die, Redis carries on, and browsers (the real client code) move over.</summary>
public sealed class NodeFailureTests
{
    [Fact]
    public async Task When_a_node_is_killed_its_clients_reconnect_through_the_balancer_to_the_other_and_lose_nothing()
    {
        await using var redis = await RedisServerProcess.StartAsync(appendOnly: true);
        var settings = new Dictionary<string, string> { ["Storage__Redis"] = redis.ConnectionString, ["Storage__RedisPrefix"] = $"t{Guid.NewGuid():N}:" };
        var (folderA, folderB) = (TestFolders.New(), TestFolders.New());
        var clients = new List<RealClient>();
        try
        {
            await using var nodeA = await ServerProcess.StartAsync(folderA, settings);
            await using var nodeB = await ServerProcess.StartAsync(folderB, settings);
            await using var balancer = TcpProxy.To(() => [nodeA.Port, nodeB.Port]); // node A first, while it answers
            using var http = new HttpClient { BaseAddress = balancer.Address };
            var board = (await (await http.PostAsJsonAsync("api/boards", new { title = "节点宕机" }))
                .Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options))!;
            clients.Add(await RealClient.JoinAsync(balancer.Address, board.Code, "经负载均衡的人")); // lands on node A
            clients.Add(await RealClient.JoinAsync(nodeB.BaseAddress, board.Code, "在 B 上的人"));
            var written = new List<Guid>();
            async Task WriteAsync(string text)
            {
                foreach (var client in clients)
                {
                    var id = Guid.NewGuid();
                    written.Add(id);
                    await client.Board.SubmitAsync(new AddNote(id, "brainstorm", text, NoteColor.Yellow, written.Count * 5, 0));
                }
            }

            await WriteAsync("A 活着时");
            await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Pending.Count == 0)));
            await nodeA.KillAsync(); // no goodbye: its connections just break
            await WriteAsync("A 死了以后");

            await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Pending.Count == 0)));
            await using var truth = await RealClient.JoinAsync(nodeB.BaseAddress, board.Code, "核对的人");
            await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Confirmed.Seq >= truth.Board.Confirmed.Seq)));
            Assert.Equal(written.ToHashSet(), truth.Board.Confirmed.Notes.Keys.ToHashSet());
            Assert.All(clients, c => Assert.Equal(truth.ConfirmedJson, c.ConfirmedJson));
            Assert.All(clients, c => Assert.Empty(c.Refusals));
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
            TestFolders.Delete(folderA);
            TestFolders.Delete(folderB);
        }
    }

    [Fact]
    public async Task The_people_of_a_node_that_died_are_shown_offline_once_their_presence_expires()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Storage__Redis"] = redis.ConnectionString,
            ["Storage__RedisPrefix"] = $"t{Guid.NewGuid():N}:",
            ["Storage__PresenceSeconds"] = "3",
        };
        var (folderA, folderB) = (TestFolders.New(), TestFolders.New());
        try
        {
            await using var nodeA = await ServerProcess.StartAsync(folderA, settings);
            await using var nodeB = await ServerProcess.StartAsync(folderB, settings);
            using var http = new HttpClient { BaseAddress = nodeA.BaseAddress };
            var board = (await (await http.PostAsJsonAsync("api/boards", new { title = "幽灵" }))
                .Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options))!;
            var ghost = await RealClient.JoinAsync(nodeA.BaseAddress, board.Code, "在 A 上的人");
            await using var watcher = await RealClient.JoinAsync(nodeB.BaseAddress, board.Code, "在 B 上的人");
            Assert.True(watcher.Board.IsOnline(ghost.Session.Me)); // presence across nodes

            await nodeA.KillAsync(); // A never says goodbye for its people; the ghost's browser is gone too
            await ghost.DisposeAsync();

            await Wait.UntilAsync(() => Task.FromResult(!watcher.Board.IsOnline(ghost.Session.Me)));
            await using var late = await RealClient.JoinAsync(nodeB.BaseAddress, board.Code, "后来的人");
            Assert.False(late.Board.IsOnline(ghost.Session.Me));
            Assert.True(late.Board.IsOnline(watcher.Session.Me));
        }
        finally
        {
            TestFolders.Delete(folderA);
            TestFolders.Delete(folderB);
        }
    }
}
