using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Reports;

/// <summary>A stage as it ran: its question, when it opened and closed, how many notes it got.</summary>
public sealed record StageReport(
    string Id, StageKind Kind, string Title, string Prompt, StageStatus Status,
    DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, int Notes, int Votes)
{
    public TimeSpan? Duration => OpenedAt is { } from && ClosedAt is { } to ? to - from : null;
}
