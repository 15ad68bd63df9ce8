using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Protocol;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Boards;

/// <summary>Makes each connection's <see cref="DragRelay"/>, at the rate <c>Limits:DragsPerSecond</c> allows.</summary>
public sealed class DragRelays(
    BoardRooms rooms, IHubContext<BoardHub, IBoardClient> hub, IOptions<LimitOptions> limits, TimeProvider time, ILogger<DragRelay> log)
{
    public DragRelay For(string connectionId, Guid participantId) =>
        new(connectionId, participantId, rooms, hub, time, TimeSpan.FromSeconds(1 / Math.Max(limits.Value.DragsPerSecond, 0.1)), log);
}
