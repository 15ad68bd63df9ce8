namespace Whiteboard.Core.Protocol.Http;

/// <summary>One group as anyone with the code may see it: counts, and its current stage.</summary>
public sealed record GroupSummary(Guid BoardId, int GroupNumber, int Participants, int Notes, string? CurrentStage);
