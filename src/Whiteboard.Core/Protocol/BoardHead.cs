namespace Whiteboard.Core.Protocol;

/// <summary>A board's latest sequence number: a client whose own is lower catches up.</summary>
public sealed record BoardHead(Guid BoardId, long Seq);
