using Whiteboard.Server.Presence;

namespace Whiteboard.Server.Tests.Boards;

/// <summary>
/// The embedded mode's presence: a person is online from their first connection to their last (what the board's
/// "came online"/"went offline" notices say), and their connections are what their own versions of events go to.
/// </summary>
public sealed class MemoryPresenceTests
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();
    private readonly MemoryPresence _presence = new();

    [Fact]
    public async Task A_person_comes_online_with_their_first_connection_and_goes_offline_with_their_last()
    {
        Assert.True(await _presence.ConnectAsync(Board, Person, "tablet"));
        Assert.False(await _presence.ConnectAsync(Board, Person, "phone"));
        Assert.False(await _presence.ConnectAsync(Board, Person, "phone")); // the same connection again changes nothing
        var both = await _presence.ConnectionsOfAsync(Board, Person);

        Assert.False(await _presence.DisconnectAsync(Board, Person, "tablet"));
        Assert.False(await _presence.DisconnectAsync(Board, Person, "tablet"));
        Assert.Equal(["phone"], await _presence.ConnectionsOfAsync(Board, Person));
        Assert.Equal([Person], await _presence.OnlineAsync(Board));
        Assert.True(await _presence.DisconnectAsync(Board, Person, "phone"));

        Assert.Equal(["tablet", "phone"], both); // a list given out is not changed by what happens after
        Assert.Empty(await _presence.ConnectionsOfAsync(Board, Person));
        Assert.Empty(await _presence.OnlineAsync(Board));
    }

    [Fact]
    public async Task A_connection_unknown_to_the_board_changes_nothing()
    {
        var other = Guid.NewGuid();
        await _presence.ConnectAsync(Board, Person, "tablet");

        Assert.False(await _presence.DisconnectAsync(Board, other, "tablet"));
        Assert.False(await _presence.DisconnectAsync(Guid.NewGuid(), Person, "tablet"));
        Assert.False(await _presence.DisconnectAsync(Board, Person, "laptop"));

        Assert.Equal([Person], await _presence.OnlineAsync(Board));
        Assert.Equal(["tablet"], await _presence.ConnectionsOfAsync(Board, Person));
    }
}
