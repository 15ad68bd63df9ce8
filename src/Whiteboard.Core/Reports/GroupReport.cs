using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Reports;

/// <summary>One group's case: what it chose, planned, committed to and learned.</summary>
public sealed record GroupReport(
    Guid BoardId,
    int GroupNumber,
    IReadOnlyList<StageReport> Stages,
    RankedStage Problems,
    RankedStage PlanIdeas,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<CarriedAction> EarlierActions,
    IReadOnlyList<string> Reflections,
    string Summary,
    IReadOnlyList<ReportParticipant> Participants)
{
    /// <summary>Each rating step's revealed results, in step order (rule R5).</summary>
    public IReadOnlyList<RatingReport> Ratings { get; init; } = [];

    /// <summary>The problem the votes chose: the cluster or note of <see cref="Problems"/> with the most dots, if any (V4).</summary>
    public RankedTarget? ChosenProblem => Problems.Leading;

    /// <summary>The notes questioned on the board (rules Q1–Q5), in the order they were written, each with its threads.</summary>
    public IReadOnlyList<QuestionedNote> Questioned { get; init; } = [];
}
