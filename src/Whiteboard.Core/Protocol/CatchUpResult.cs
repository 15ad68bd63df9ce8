using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// The events after the sequence number a client asked from, in order; <see cref="HasMore"/> says to ask again.
/// A refused request (not joined to that board) carries the reason and no events.
/// </summary>
public sealed record CatchUpResult(IReadOnlyList<EventEnvelope> Events, bool HasMore, Rejection? Rejection = null);
