using System.Net.Http.Json;
using Whiteboard.Client.Connection;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Tests.Shared;

namespace Whiteboard.Server.Tests.Resilience;

/// <summary>Process level (rule S1): kill -9 the server mid-session; browsers reconnect by themselves and nothing is lost.</summary>
public sealed class ServerCrashTests
{
    [Fact]
    public async Task After_kill_minus_9_and_a_restart_every_client_reconnects_by_itself_and_converges_with_nothing_lost()
    {
        var folder = TestFolders.New();
        var clients = new List<RealClient>();
        try
        {
            await using var first = await ServerProcess.StartAsync(folder);
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var board = (await (await http.PostAsJsonAsync("api/boards", new { title = "断电也不丢" }))
                .Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options))!;
            foreach (var name in new[] { "王芳", "李雷", "韩梅梅" }) clients.Add(await RealClient.JoinAsync(first.BaseAddress, board.Code, name));

            // Everyone writes; half way through the server dies without a word and comes back on the same port.
            var written = new List<Guid>();
            for (var round = 0; round < 20; round++)
            {
                if (round == 10) await first.KillAsync();
                foreach (var (client, i) in clients.Select((c, i) => (c, i)))
                {
                    var id = Guid.NewGuid();
                    written.Add(id);
                    _ = client.Board.SubmitAsync(new AddNote(id, "brainstorm", $"{i}-{round}", NoteColor.Yellow, round * 10, i * 10));
                }
            }
            await using var second = await ServerProcess.StartAsync(folder, port: first.Port);

            // A client that lost its server tries again after its backoff, up to Backoff.Longest between tries: the
            // restart's own seconds plus two such waits, not the patience of a server that never went away.
            try
            {
                await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.UnsentCount == 0 && c.Board.Pending.Count == 0)),
                    2 * BoardClient.Patience + 2 * Backoff.Longest);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("Still waiting after the restart: " + string.Join("; ", clients.Select(c =>
                    $"{c.Connection.State} unsent {c.Board.UnsentCount} pending {c.Board.Pending.Count} seq {c.Board.Confirmed.Seq}")) +
                    "\n" + second.Output);
            }
            await using var fresh = await RealClient.JoinAsync(second.BaseAddress, board.Code, "后来的人");
            await Wait.UntilAsync(() => Task.FromResult(clients.All(c => c.Board.Confirmed.Seq == fresh.Board.Confirmed.Seq - 0)));

            Assert.Equal(written.ToHashSet(), fresh.Board.Confirmed.Notes.Keys.ToHashSet()); // nothing lost, nothing doubled
            Assert.All(clients, c => Assert.Empty(c.Refusals));
            Assert.All(clients, c => Assert.Equal(written.Count, c.Board.Confirmed.Notes.Count));
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
            TestFolders.Delete(folder);
        }
    }
}
