using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Boards;

/// <summary>
/// One connection's drag previews (rule S3), relayed at most <c>Limits:DragsPerSecond</c> times a second: a preview that
/// comes sooner waits for the next slot and is replaced by any later one (the latest position wins, the rest are dropped
/// silently), so a flood costs the server a field write and the room nothing. A preview is relayed only when the core would
/// accept moving that note there now (a preview is a move not yet made), to those who may see the note (H1, H3).
/// </summary>
public sealed class DragRelay(
    string connectionId, Guid participantId, BoardRooms rooms, IHubContext<BoardHub, IBoardClient> hub, TimeProvider time,
    TimeSpan interval, ILogger log) : IDisposable
{
    private readonly Lock _gate = new();
    private (Guid Board, Guid Note, double X, double Y)? _waiting;
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;
    private ITimer? _timer;
    private bool _disposed;

    public Task OfferAsync(Guid boardId, Guid noteId, double x, double y)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_disposed) return Task.CompletedTask;
            if (_timer is not null || now - _lastSent < interval)
            {
                _waiting = (boardId, noteId, x, y);
                _timer ??= time.CreateTimer(_ => SendWaiting(), null, _lastSent + interval - now, Timeout.InfiniteTimeSpan);
                return Task.CompletedTask;
            }
            _lastSent = now;
        }
        return RelayAsync(boardId, noteId, x, y);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void SendWaiting()
    {
        (Guid Board, Guid Note, double X, double Y)? next;
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            next = _disposed ? null : _waiting;
            _waiting = null;
            if (next is not null) _lastSent = time.GetUtcNow();
        }
        if (next is { } drag) BackgroundWork.Run(RelayAsync(drag.Board, drag.Note, drag.X, drag.Y), log, "relaying a drag preview");
    }

    private async Task RelayAsync(Guid boardId, Guid noteId, double x, double y)
    {
        if (await rooms.FindAsync(boardId, CancellationToken.None) is not { } room) return;
        await room.RefreshWithinAsync(TimeSpan.FromSeconds(1), CancellationToken.None); // a move made on another node counts
        var state = room.State;
        if (!Board.Decide(state, new MoveNote(noteId, x, y), new CommandContext(participantId, time.GetUtcNow())).IsAccepted) return;
        var note = state.Notes[noteId];
        var drag = Visibility.DragOf(note, boardId, x, y, participantId);
        string[] except = [connectionId];
        await hub.Clients.GroupExcept(BoardGroups.Facilitators(boardId), except).NoteDragging(drag);
        if (Visibility.CanSee(note, Viewer.AnyParticipant)) await hub.Clients.GroupExcept(BoardGroups.Others(boardId), except).NoteDragging(drag);
    }
}
