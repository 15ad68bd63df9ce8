using Whiteboard.Tests.Shared;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Resilience;

/// <summary>
/// Rules S1 and S2, randomised: several clients (the browser's own client code) make random changes while their connections
/// are cut at random moments. At the end every client's board equals the server's, and nothing is missing or doubled.
/// </summary>
public sealed class ConvergenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Clients_making_random_changes_through_random_network_drops_all_end_with_the_servers_board(int seed)
    {
        await using var app = TestApp.Start();
        await using var network = TcpProxy.To(() => [app.BaseAddress.Port]);
        var board = await app.CreateBoardAsync("随机断网");
        var random = new Random(seed);
        var clients = new List<RealClient>();
        for (var i = 0; i < 4; i++) clients.Add(await RealClient.JoinAsync(network.Address, board.Code, $"学员{i}"));
        var mine = clients.ToDictionary(c => c, _ => new List<Guid>());
        var deleted = new HashSet<Guid>();
        var added = new HashSet<Guid>();

        for (var step = 0; step < 200; step++)
        {
            if (random.Next(25) == 0) network.DropAll(); // the classroom Wi-Fi drops for everyone
            var client = clients[random.Next(clients.Count)];
            var own = mine[client].Where(id => !deleted.Contains(id)).ToList();
            BoardCommand command = (random.Next(6), own.Count) switch
            {
                (_, 0) or (0 or 1, _) => new AddNote(Guid.NewGuid(), Stage, $"第 {step} 条", (NoteColor)random.Next(6), random.Next(800), random.Next(600)),
                (2, _) => new EditNote(own[random.Next(own.Count)], $"改过 {step}"),
                (3, _) => new RecolorNote(own[random.Next(own.Count)], (NoteColor)random.Next(6)),
                (4, _) => new DeleteNote(own[random.Next(own.Count)]),
                _ => new MoveNote(own[random.Next(own.Count)], random.Next(800), random.Next(600)),
            };
            if (command is AddNote add) { mine[client].Add(add.NoteId); added.Add(add.NoteId); }
            if (command is DeleteNote delete) deleted.Add(delete.NoteId);
            _ = client.Board.SubmitAsync(command);
            if (random.Next(4) == 0) await Task.Yield();
        }

        await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Pending.Count == 0)));
        await using var truth = await RealClient.JoinAsync(app.BaseAddress, board.Code, "核对的人");
        var finalSeq = truth.Board.Confirmed.Seq;
        await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Confirmed.Seq >= finalSeq)));

        var expected = added.Except(deleted).ToHashSet();
        Assert.Equal(expected, truth.Board.Confirmed.Notes.Keys.ToHashSet()); // every change applied once: none lost, none doubled
        Assert.All(clients, c => Assert.Empty(c.Refusals));
        var truthJson = truth.ConfirmedJson;
        Assert.All(clients, c => Assert.Equal(truthJson, c.ConfirmedJson));
        Assert.All(clients, c => Assert.Equal(truthJson, System.Text.Json.JsonSerializer.Serialize(
            BoardSnapshot.Of(c.Board.State) with { Seq = 0 }, WireJson.Options))); // and what each one shows is that board
        foreach (var client in clients) await client.DisposeAsync();
    }
}
