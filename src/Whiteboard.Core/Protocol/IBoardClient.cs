namespace Whiteboard.Core.Protocol;

/// <summary>What the server pushes to a board's browsers (the SignalR client methods; their names are the wire names).</summary>
public interface IBoardClient
{
    /// <summary>New events of a board, each as this browser may see it.</summary>
    Task EventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events);
    Task PresenceChanged(PresenceChange change);
    Task NoteDragging(NoteDrag drag);
    Task ParticipantMoved(ParticipantMove move);
    /// <summary>This browser was cut off from the workshop (removed, signed out, or the workshop deleted).</summary>
    Task AccessEnded(AccessEnded ended);
}
