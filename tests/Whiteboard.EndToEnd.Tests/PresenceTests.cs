using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The console knows who is online (rule S3) whatever order things happen in: a trainee who leaves while the console's
/// own join is answered, a connection that closes while its join is on the way, a second tab closed before the first.
/// The hub's messages are held or cut in the browser (Playwright's WebSocket routing) to force those orders every time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PresenceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_trainee_who_leaves_while_the_consoles_join_is_answered_shows_offline()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "在线状态", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");
        var tablet = await fixture.NewTabletPersonAsync();
        await JoinByCodeAsync(tablet, code, "张华");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-online")).ToHaveTextAsync("1/1");

        // A second console tab: the server's answer to its join is held until the trainee's going offline has reached it.
        var console = await facilitator.Context.NewPageAsync();
        var answerHeld = new TaskCompletionSource<Action>(TaskCreationOptions.RunContinuationsAsynchronously);
        var offlineSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await console.RouteWebSocketAsync(HubPath(), ws =>
        {
            var server = ws.ConnectToServer();
            string? joinId = null;
            ws.OnMessage(frame =>
            {
                if (frame.Text is { } text && JoinInvocation().Match(text) is { Success: true } join)
                    joinId = join.Groups[1].Success ? join.Groups[1].Value : join.Groups[2].Value;
                server.Send(frame.Text!);
            });
            server.OnMessage(frame =>
            {
                var text = frame.Text!;
                if (joinId is not null && text.Contains("\"type\":3", StringComparison.Ordinal)
                    && text.Contains($"\"invocationId\":\"{joinId}\"", StringComparison.Ordinal) && !answerHeld.Task.IsCompleted)
                {
                    answerHeld.SetResult(() => ws.Send(text));
                    return;
                }
                ws.Send(text);
                if (text.Contains("PresenceChanged", StringComparison.Ordinal) && text.Contains("\"online\":false", StringComparison.Ordinal))
                    offlineSeen.TrySetResult();
            });
        });
        await console.GotoAsync($"/b/{code}/console");
        var release = await answerHeld.Task.WaitAsync(TimeSpan.FromSeconds(20)); // the answer says 张华 is online
        await tablet.Context.CloseAsync();
        await offlineSeen.Task.WaitAsync(TimeSpan.FromSeconds(20)); // his going offline overtakes the answer
        release();

        await Expect(console.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(PeopleGroup(console, 1).GetByTestId("console-participant")).ToHaveCountAsync(1);
        await Expect(GroupCard(console, 1).GetByTestId("group-online")).ToHaveTextAsync("0/1");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-online")).ToHaveTextAsync("0/1");
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_connection_closed_while_its_join_is_on_the_way_leaves_nobody_online()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "加入途中断线", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");

        // The tablet's join reaches the server and its connection closes right behind it; later attempts go nowhere. The
        // close can also beat the server to reading the join (then nobody joined, and nobody is online either): that
        // order proves nothing here, so the race is run again with another tablet until a join lands.
        var people = facilitator.GetByTestId("console-participant");
        for (var attempt = 1; attempt <= 3 && await people.CountAsync() == 0; attempt++)
        {
            var tablet = await fixture.NewTabletPersonAsync();
            var cut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await tablet.RouteWebSocketAsync(HubPath(), ws =>
            {
                if (cut.Task.IsCompleted) return; // a reconnect: left unanswered until the tablet is gone
                var server = ws.ConnectToServer();
                ws.OnMessage(frame =>
                {
                    server.Send(frame.Text!);
                    if (frame.Text is { } text && JoinInvocation().IsMatch(text) && cut.TrySetResult())
                        _ = server.CloseAsync(); // ends the server's side while it is still joining
                });
                server.OnMessage(frame => ws.Send(frame.Text!));
            });
            await tablet.GotoAsync("/");
            await tablet.GetByTestId("code-input").FillAsync(code.ToLowerInvariant());
            await tablet.GetByTestId("go-to-board").TapAsync();
            await tablet.GetByTestId("display-name").FillAsync("张华");
            await tablet.GetByTestId("join-button").TapAsync();
            await cut.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await tablet.Context.CloseAsync();
            await WaitForAnyAsync(people, TimeSpan.FromSeconds(5));
        }

        // He joined (the server made him a participant) but no connection of his is open: he is not online.
        await Expect(PeopleGroup(facilitator, 1).GetByTestId("console-participant")).ToHaveCountAsync(1);
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-online")).ToHaveTextAsync("0/1");
        await facilitator.ReloadAsync(); // and not only on this screen: the server holds no connection of his either
        await Expect(PeopleGroup(facilitator, 1).GetByTestId("console-participant")).ToHaveCountAsync(1);
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-online")).ToHaveTextAsync("0/1");
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_trainee_with_two_tabs_is_online_until_the_last_one_closes()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "两个标签页", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");
        var laptop = await fixture.NewPersonAsync();
        await JoinByCodeAsync(laptop, code, "李明", remote: true);
        var second = await laptop.Context.NewPageAsync(); // the same person again, on a second connection
        await second.GotoAsync($"/b/{code}");
        await Expect(second.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        var online = GroupCard(facilitator, 1).GetByTestId("group-online");
        await Expect(online).ToHaveTextAsync("1/1");

        await laptop.CloseAsync(); // the first connection closes; the newer one stays
        await second.ReloadAsync(); // and the newer one reconnects on yet another connection
        await Expect(second.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(online).ToHaveTextAsync("1/1");
        await laptop.Context.CloseAsync();
        await Expect(online).ToHaveTextAsync("0/1");
        await facilitator.Context.CloseAsync();
    }

    private static Regex HubPath() => new("/hubs/board");

    /// <summary>Until at least one element matches or the time is up, whichever comes first (no failure either way).</summary>
    private static async Task WaitForAnyAsync(ILocator locator, TimeSpan patience)
    {
        try
        {
            await locator.First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = (float)patience.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            // Nobody joined: the close beat the server to the join, and the caller runs the race again.
        }
    }

    [GeneratedRegex("\"target\":\"Join\".*?\"invocationId\":\"(\\d+)\"|\"invocationId\":\"(\\d+)\".*?\"target\":\"Join\"")]
    private static partial Regex JoinInvocation();
}
