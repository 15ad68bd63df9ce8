using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Privacy;

/// <summary>One version of an event and who receives it.</summary>
public sealed record Delivery(Recipients To, EventEnvelope Event);
