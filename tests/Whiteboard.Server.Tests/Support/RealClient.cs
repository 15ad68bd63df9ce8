using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Tests.Support;

/// <summary>
/// The browser's own client code — BoardConnection (reconnects forever, rejoins) and WorkshopSession/BoardSession
/// (optimistic view, outbox, catch-up) — run in .NET against a real server, wired as WorkshopClient wires them in the page
/// (without the browser's storage). What these tests prove about reconnecting and outboxes is about the shipped code.
/// </summary>
public sealed class RealClient : IAsyncDisposable
{
    private RealClient(BoardConnection connection, WorkshopSession session) => (Connection, Session) = (connection, session);

    public BoardConnection Connection { get; }
    public WorkshopSession Session { get; }
    public BoardSession Board => Session.Home;
    public List<(BoardCommand Command, RejectionCode Code)> Refusals { get; } = [];

    public static async Task<RealClient> JoinAsync(Uri server, string code, string name)
    {
        var connection = new BoardConnection(new FixedAddress(server));
        var joined = await connection.JoinAsync(new JoinRequest(code, name));
        Assert.True(joined.Rejection is null, $"join refused: {joined.Rejection?.Code}");
        var session = new WorkshopSession(joined, connection.Calls, TimeProvider.System);
        var client = new RealClient(connection, session);
        connection.EventsAppended += (boardId, events) => _ = session.ReceiveAsync(boardId, events);
        connection.PresenceChanged += session.ReceivePresence;
        connection.StateChanged += () => { if (connection.State != ConnectionState.Online) session.ConnectionLost(); };
        connection.Rejoined += async result => { if (result.Rejection is null) await session.RejoinedAsync(result); };
        foreach (var board in session.Boards)
        {
            board.Rejected += (command, code) => { lock (client.Refusals) client.Refusals.Add((command, code)); };
            board.ResyncNeeded += () => _ = connection.RejoinNowAsync();
        }
        await session.RejoinedAsync(joined);
        return client;
    }

    /// <summary>This browser's board as the server confirmed it, as text to compare with another's.</summary>
    public string ConfirmedJson => JsonSerializer.Serialize(BoardSnapshot.Of(Board.Confirmed) with { Seq = 0 }, WireJson.Options);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private sealed class FixedAddress : NavigationManager
    {
        public FixedAddress(Uri server) => Initialize(server.ToString(), server.ToString());
    }
}
