namespace Whiteboard.Core.Protocol;

/// <summary>One group board of a workshop: 第 N 组.</summary>
public sealed record GroupInfo(Guid BoardId, int GroupNumber);
