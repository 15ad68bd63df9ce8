using StackExchange.Redis;
using Whiteboard.Tests.Shared;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Distributed;

/// <summary>
/// The SignalR backplane is at-most-once (docs/PROTOCOL.md, "Catching up, checking, resyncing"). Here it really loses messages (its subscriptions are cut again
/// and again while notes are written); the browsers' own sequence numbers and catch-up repair what it lost.
/// </summary>
public sealed class BackplaneLossTests
{
    [Fact]
    public async Task Events_the_backplane_loses_are_repaired_by_the_clients_catching_up()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        var prefix = $"t{Guid.NewGuid():N}:";
        await using var nodeA = StartWithRedis(redis.ConnectionString, prefix);
        await using var nodeB = StartWithRedis(redis.ConnectionString, prefix);
        var board = await nodeA.CreateBoardAsync("背板丢消息");
        await using var writer = await RealClient.JoinAsync(nodeA.BaseAddress, board.Code, "在 A 上写的人");
        await using var reader = await RealClient.JoinAsync(nodeB.BaseAddress, board.Code, "在 B 上看的人");
        var pushed = 0;
        reader.Connection.EventsAppended += (_, events) => Interlocked.Add(ref pushed, events.Count);
        var start = reader.Board.Confirmed.Seq;

        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        using var chaos = new CancellationTokenSource();
        var cutting = Task.Run(async () =>
        {
            while (!chaos.IsCancellationRequested)
            {
                // Every subscriber connection (the backplane's) is dropped; StackExchange.Redis resubscribes, losing what was
                // published meanwhile.
                try { await admin.GetServer(admin.GetEndPoints()[0]).ClientKillAsync(new ClientKillFilter().WithClientType(ClientType.PubSub)); }
                catch (RedisException) { }
                await Task.Yield();
            }
        });
        var written = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            var id = Guid.NewGuid();
            written.Add(id);
            await writer.Board.SubmitAsync(new AddNote(id, Stage, $"第 {i} 张", NoteColor.Yellow, i * 10, 0));
        }
        await chaos.CancelAsync();
        await cutting;
        await Wait.UntilAsync(() => Task.FromResult(writer.Board.Pending.Count == 0)); // its own lost events: fetched after its acks

        var last = writer.Board.Confirmed.Seq;
        await Wait.UntilAsync(async () =>
        {
            await reader.Session.CheckHeadsAsync(); // the periodic check (every 30 s in the browser), run now
            return reader.Board.Confirmed.Seq >= last;
        });

        Assert.True(pushed < last - start, $"the backplane lost nothing ({pushed} of {last - start} pushed): this test proved nothing");
        Assert.Equal(written.ToHashSet(), reader.Board.Confirmed.Notes.Keys.ToHashSet());
        Assert.Equal(writer.ConfirmedJson, reader.ConfirmedJson);
    }
}
