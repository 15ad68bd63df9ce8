namespace Whiteboard.Core.Protocol;

/// <summary>What the server pushes to a board's browsers (the SignalR client methods; their names are the wire names).</summary>
public interface IBoardClient
{
    Task EventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events);
    Task PresenceChanged(PresenceChange change);
    Task NoteDragging(NoteDrag drag);
}
