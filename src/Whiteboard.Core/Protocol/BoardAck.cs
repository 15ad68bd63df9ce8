namespace Whiteboard.Core.Protocol;

/// <summary>One board's answer to a command sent to every group.</summary>
public sealed record BoardAck(Guid BoardId, CommandAck Ack);
