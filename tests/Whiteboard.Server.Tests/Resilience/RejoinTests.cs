using Whiteboard.Client.Connection;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Tests.Resilience;

/// <summary>
/// A join again (after a reconnect, a move, a resync) that the server refuses for the moment — too fast, the store down —
/// is tried again by the browser's own connection: until a join is taken its changes wait, so giving up would leave the
/// board stuck with no reconnect to come.
/// </summary>
public sealed class RejoinTests
{
    [Fact]
    public async Task A_rejoin_refused_as_too_fast_is_tried_again_until_it_is_taken()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string>
        {
            ["Limits:HubCallBurst"] = "4",
            ["Limits:HubCallsPerSecond"] = "1",
        });
        var board = await app.CreateBoardAsync("慢一点");
        await using var client = await RealClient.JoinAsync(app.BaseAddress, board.Code, "王芳");
        var answers = new List<RejectionCode?>();
        client.Connection.Rejoined += result =>
        {
            lock (answers) answers.Add(result.Rejection?.Code);
            return Task.CompletedTask;
        };

        // The connection spends its calls, then has to join again at once (as when the facilitator moves this person).
        for (var i = 0; i < 6; i++) await client.Board.CatchUpAsync();
        await client.Connection.RejoinNowAsync();

        await Wait.UntilAsync(() => { lock (answers) return Task.FromResult(answers.Count > 0); }, BoardClient.Patience + Backoff.Longest);
        lock (answers) Assert.Equal([null], answers); // only the join that was taken reaches the page, never "too fast"
        Assert.Equal(ConnectionState.Online, client.Connection.State);
    }
}
