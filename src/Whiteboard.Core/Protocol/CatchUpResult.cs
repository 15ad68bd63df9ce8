using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// The events after the sequence number a client asked from, in order; <see cref="HasMore"/> says to ask again. A client
/// too far behind gets the board as it may see it now, in <see cref="Snapshot"/>, instead of the events (they are
/// compacted). A refused request (not joined to that board) carries the reason and nothing else.
/// </summary>
public sealed record CatchUpResult(
    IReadOnlyList<EventEnvelope> Events, bool HasMore, Rejection? Rejection = null, BoardSnapshot? Snapshot = null);
