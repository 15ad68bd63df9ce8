using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Reports;

/// <summary>One group's case: what it chose, planned, committed to and learned.</summary>
public sealed record GroupReport(
    Guid BoardId,
    int GroupNumber,
    IReadOnlyList<StageReport> Stages,
    IReadOnlyList<RankedTarget> Problems,
    IReadOnlyList<RankedTarget> PlanIdeas,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<CarriedAction> EarlierActions,
    IReadOnlyList<string> Reflections,
    string Summary,
    IReadOnlyList<ReportParticipant> Participants)
{
    /// <summary>Each rating step's revealed results, in step order (rule R5).</summary>
    public IReadOnlyList<RatingReport> Ratings { get; init; } = [];

    /// <summary>The problem the votes chose: the first of <see cref="Problems"/> when it got any votes.</summary>
    public RankedTarget? ChosenProblem => Problems is [{ Score: > 0 } first, ..] ? first : null;
}
