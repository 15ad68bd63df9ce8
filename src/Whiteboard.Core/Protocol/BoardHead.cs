namespace Whiteboard.Core.Protocol;

/// <summary>
/// A board's latest sequence number, and who is online on it now: a client whose number is lower catches up, and takes
/// this list of who is online over its own, except for changes it received while asking (presence is never stored, so
/// a lost presence message is repaired only this way).
/// </summary>
public sealed record BoardHead(Guid BoardId, long Seq, IReadOnlyList<Guid> Online);
