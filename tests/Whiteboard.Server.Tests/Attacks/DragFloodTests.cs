using System.Text.Json;
using System.Diagnostics;
using Whiteboard.Server.Security;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: 10,000 Drag calls from one connection in 0.1 s became 300,000 messages to 30 receivers, and the first honest
/// command after the burst waited 33–330 ms. The 20-a-second limit existed only in our own client.
/// </summary>
public sealed class DragFloodTests
{
    [Fact]
    public async Task A_drag_flood_reaches_the_others_at_20_a_second_with_the_latest_position_and_delays_nobody()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        var receivers = new List<BoardClient>();
        for (var i = 0; i < 10; i++) receivers.Add(await app.JoinAsync(board.Code, $"学员{i}"));
        await using var honest = await app.JoinAsync(board.Code, "王芳");
        var mine = Guid.NewGuid();
        await honest.SubmitAsync(new AddNote(mine, Stage, "我的", NoteColor.Yellow, 0, 0));
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
        var join = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "拖来拖去"))))
            .Deserialize<JoinResult>(WireJson.Options)!;
        var note = Guid.NewGuid();
        await raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(new CommandEnvelope(Guid.NewGuid(), join.Boards[0].BoardId,
            new AddNote(note, Stage, "被拖的", NoteColor.Pink, 0, 0))));
        var boardId = RawHubSocket.Json(join.Boards[0].BoardId);
        var noteId = RawHubSocket.Json(note);

        var clock = Stopwatch.StartNew();
        var flood = raw.FloodAsync(BoardHubMethods.Drag, 10_000, i => [boardId, noteId, i.ToString(), "5"]);
        var roundTrips = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            Assert.True((await honest.SubmitAsync(new MoveNote(mine, i, 0))).Accepted);
            roundTrips.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
        await flood;
        await Wait.Until(() => receivers.All(r => r.Drags.LastOrDefault()?.X == 9_999)); // the latest position wins
        var seconds = clock.Elapsed.TotalSeconds;

        Assert.True(AttackSupport.Median(roundTrips) < 100, $"honest round trip p50 {AttackSupport.Median(roundTrips):F1} ms during the flood");
        var allowed = seconds * new LimitOptions().DragsPerSecond + 2;
        Assert.All(receivers, r => Assert.InRange(r.Drags.Count(d => d.NoteId == note), 1, allowed));
        foreach (var r in receivers) await r.DisposeAsync();
    }
}
