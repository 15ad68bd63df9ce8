namespace Whiteboard.Core.Protocol;

/// <summary>The events after the sequence number a client asked from, in order; <see cref="HasMore"/> says to ask again.</summary>
public sealed record CatchUpResult(IReadOnlyList<EventEnvelope> Events, bool HasMore);
