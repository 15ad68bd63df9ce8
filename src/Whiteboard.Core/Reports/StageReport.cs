using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Reports;

/// <summary>A stage as it ran: its question, when it opened and closed, how many notes it got.</summary>
/// <remarks><see cref="Duration"/> is the time it was current in all: a reopened stage's runs add up, the gap between them does not.</remarks>
public sealed record StageReport(
    string Id, StageKind Kind, string Title, string Prompt, StageStatus Status,
    DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, int Notes, int Votes, TimeSpan? Duration);
