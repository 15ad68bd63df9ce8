using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Tests.Shared;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// A board far beyond a class's few hundred notes draws only the notes on screen (Blazor.Diagrams' virtualization, from
/// <c>BoardDiagram.VirtualizeFrom</c> notes on a stage), yet a tablet finds every note by panning, sees notes others move
/// into view and drags them as on any board.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BigBoardTests(BrowserFixture fixture)
{
    private const string StageId = "brainstorm"; // a quick board's one stage
    private const int FarNotes = 154;

    [Fact]
    public async Task A_tablet_on_a_board_of_160_notes_draws_those_on_screen_and_finds_the_rest_by_panning()
    {
        using var http = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        var created = (await (await http.PostAsJsonAsync("api/boards", new CreateBoardRequest("大白板", BoardLanguage.ZhCn), WireJson.Options))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<CreateBoardResponse>(WireJson.Options))!;
        await using var wang = await WriterAsync(created.Code, "王芳");
        await using var zhao = await WriterAsync(created.Code, "赵强");
        await using var chen = await WriterAsync(created.Code, "陈静");
        await using var liu = await WriterAsync(created.Code, "刘洋");
        // Three notes where a tablet opens the board (its canvas ≈ 760 px wide), three just beyond its right edge, the rest
        // far away, written by three more people (each within a connection's burst of hub calls, docs/SECURITY.md).
        var near = new List<Guid>();
        var nextDoor = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            near.Add(await wang.AddAsync($"近处{i + 1}", 40 + 220 * i, 40));
            nextDoor.Add(await wang.AddAsync($"右边{i + 1}", 800 + 200 * i, 40));
        }
        var far = new List<Guid>();
        for (var i = 0; i < FarNotes; i++)
            far.Add(await (i % 3 == 0 ? zhao : i % 3 == 1 ? chen : liu).AddAsync($"远处{i + 1}", 4000 + i % 14 * 200, 40 + i / 14 * 150));

        var tablet = await fixture.NewTouchPersonAsync((820, 1180));
        await OpenAndJoinAsync(tablet, created.Code, "李明");
        var canvas = tablet.GetByTestId("board-canvas");
        await Expect(canvas).ToHaveAttributeAsync("data-notes", (near.Count + nextDoor.Count + far.Count).ToString());
        foreach (var id in near) await Expect(NoteById(tablet, id.ToString())).ToBeVisibleAsync();
        foreach (var id in nextDoor.Concat(far.Take(3))) await Expect(NoteById(tablet, id.ToString())).ToHaveCountAsync(0);
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(near.Count); // 160 on the stage, 3 built

        // A finger drags the bare canvas 700 px to the left (below the notes, above the zoom buttons): the notes next door
        // come on, the near ones go.
        var box = (await canvas.BoundingBoxAsync())!;
        var (startX, y) = (box.X + box.Width - 60, box.Y + box.Height * 0.6);
        await (await Hand.OfAsync(tablet)).StrokeAsync([(startX, y), (startX - 700, y)], 24);
        foreach (var id in nextDoor) await Expect(NoteById(tablet, id.ToString())).ToBeVisibleAsync();
        foreach (var id in near) await Expect(NoteById(tablet, id.ToString())).ToHaveCountAsync(0);

        // Someone else moves a far note to where the tablet looks: it is drawn there.
        await wang.SubmitAsync(new MoveNote(far[^1], 1100, 400));
        await Expect(NoteById(tablet, far[^1].ToString())).ToBeVisibleAsync();
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(nextDoor.Count + 1);

        // The tablet drags a note that came on by panning: the others get the move.
        var moved = zhao.NextMoveOf(nextDoor[0]);
        var text = (await NoteById(tablet, nextDoor[0].ToString()).GetByTestId("note-text").BoundingBoxAsync())!;
        var (fromX, fromY) = (text.X + text.Width / 2, text.Y + text.Height / 2);
        await (await Hand.OfAsync(tablet)).StrokeAsync([(fromX, fromY), (fromX, fromY + 300)], 12);
        var move = await moved.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(800, move.X); // dropped on bare canvas, 300 px from the note moved into view: a move, not a cluster
        Assert.InRange(move.Y, 300, 380); // 40 + 300, wherever the finger's steps put it
        await Expect(tablet.GetByTestId("connection-status")).ToHaveAttributeAsync("data-pending", "0");
        await Screenshots.SaveAsync(tablet, "big-board-tablet");
        await tablet.Context.CloseAsync();
    }

    private async Task<Writer> WriterAsync(string code, string name)
    {
        var connection = HubConnections.To(fixture.Server.BaseAddress, BoardHubMethods.Path);
        var writer = new Writer(connection);
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<JoinResult>(BoardHubMethods.Join, new JoinRequest(code, name));
        Assert.Null(joined.Rejection);
        writer.BoardId = joined.Boards.Single().BoardId;
        return writer;
    }

    /// <summary>Someone writing on the board from another device, over the hub as a browser does.</summary>
    private sealed class Writer : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly List<(Guid NoteId, TaskCompletionSource<NoteMoved> Moved)> _waiting = [];

        public Writer(HubConnection connection)
        {
            _connection = connection;
            connection.On<Guid, IReadOnlyList<EventEnvelope>>(nameof(IBoardClient.EventsAppended), (_, events) =>
            {
                lock (_waiting)
                    foreach (var moved in events.Select(e => e.Event).OfType<NoteMoved>())
                    foreach (var (_, wait) in _waiting.Where(w => w.NoteId == moved.NoteId)) wait.TrySetResult(moved);
            });
        }

        public Guid BoardId { get; set; }

        public async Task<Guid> AddAsync(string text, double x, double y)
        {
            var id = Guid.NewGuid();
            await SubmitAsync(new AddNote(id, StageId, text, NoteColor.Yellow, x, y));
            return id;
        }

        public async Task SubmitAsync(BoardCommand command)
        {
            var ack = await _connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, new CommandEnvelope(Guid.NewGuid(), BoardId, command));
            Assert.Null(ack.Rejection);
        }

        /// <summary>The next move of this note anyone makes, as this person's connection receives it.</summary>
        public Task<NoteMoved> NextMoveOf(Guid noteId)
        {
            var moved = new TaskCompletionSource<NoteMoved>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiting) _waiting.Add((noteId, moved));
            return moved.Task;
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
