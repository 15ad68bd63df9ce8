using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Reports;

/// <summary>
/// A stage as it ran: its question, when it opened and closed, how many notes it got, and on a tool canvas its notes zone
/// by zone (a fishbone's causes by bone, a matrix by quadrant) with the fishbone's head or the matrix's axes.
/// </summary>
/// <remarks><see cref="Duration"/> is the time it was current in all: a reopened stage's runs add up, the gap between them does not.</remarks>
public sealed record StageReport(
    string Id, StageKind Kind, string Title, string Prompt, StageStatus Status,
    DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, int Notes, int Votes, TimeSpan? Duration,
    CanvasLayoutKind Layout, IReadOnlyList<ZoneReport> Zones, string? Head = null, string? AcrossAxis = null, string? UpAxis = null);
