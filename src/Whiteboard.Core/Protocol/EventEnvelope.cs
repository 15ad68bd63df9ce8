namespace Whiteboard.Core.Protocol;

/// <summary>A stored event with its place in the board's order: <see cref="Seq"/> is consecutive per board, from 1.</summary>
public sealed record EventEnvelope(long Seq, Guid OpId, Guid ActorId, DateTimeOffset At, BoardEvent Event);
