using System.Text.RegularExpressions;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Flows;

/// <summary>Rule F2: what a flow must be to run — the library's as much as a file a facilitator imports.</summary>
public static partial class FlowRules
{
    public const int MaxSteps = 20;
    public const int MaxTitleLength = 60;
    public const int MaxPromptLength = 500;
    public const int MaxGuideLength = 2000;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();

    /// <summary>Why the flow cannot run (<see cref="RejectionCode.InvalidFlow"/>), or null when it can.</summary>
    public static RejectionCode? Check(Flow flow) =>
        IdPattern().IsMatch(flow.Id) && Fits(flow.Title, MaxTitleLength) && Fits(flow.Summary, MaxPromptLength)
        && CheckSteps([.. flow.Steps.Select(s => s.Stage)]) is null && flow.Steps.All(s => IsHelpful(s.Guide))
            ? null
            : RejectionCode.InvalidFlow;

    /// <summary>The stages a board is made from (a flow's, as the server hands them to a new board): why not, or null.</summary>
    public static RejectionCode? CheckSteps(IReadOnlyList<StageDefinition> stages) =>
        stages.Count is >= 1 and <= MaxSteps && stages.Select(s => s.Id).Distinct().Count() == stages.Count && stages.All(IsRunnable)
            ? null
            : RejectionCode.InvalidFlow;

    private static bool IsRunnable(StageDefinition stage) =>
        IdPattern().IsMatch(stage.Id) && Enum.IsDefined(stage.Kind)
        && Fits(stage.Title, MaxTitleLength) && Fits(stage.Prompt, MaxPromptLength, mayBeEmpty: true)
        && stage.Settings.IsValid
        && (stage.Capabilities is not { } capabilities || (capabilities & ~AllCapabilities) == 0)
        && (stage.Layout is not { } layout || layout.IsValid && LabelsFit(layout))
        && (stage.Criteria is null || Ratings.RatingAccess.AreValid(stage.Criteria));

    /// <summary>Every zone, the fishbone's head (the problem, a prompt's length) and the matrix's axes, in both languages.</summary>
    private static bool LabelsFit(CanvasLayout layout) =>
        layout.Zones.All(z => Fits(z.Label, MaxTitleLength))
        && (layout.Head is null || Fits(layout.Head, MaxPromptLength))
        && (layout.AcrossAxis is null || Fits(layout.AcrossAxis, MaxTitleLength))
        && (layout.UpAxis is null || Fits(layout.UpAxis, MaxTitleLength));

    private static bool IsHelpful(StepGuide guide) =>
        Fits(guide.Goal, MaxGuideLength) && Fits(guide.Script, MaxGuideLength) && Fits(guide.WatchFor, MaxGuideLength)
        && Fits(guide.MoveOn, MaxGuideLength) && (guide.Materials is null || Fits(guide.Materials, MaxGuideLength, mayBeEmpty: true));

    private static readonly StageCapabilities AllCapabilities = Enum.GetValues<StageCapabilities>().Aggregate((a, b) => a | b);

    /// <summary>Both languages present (unless it may be empty), one line or many, within the length, no control characters.</summary>
    private static bool Fits(LocalizedText? text, int max, bool mayBeEmpty = false) =>
        text is not null && Fits(text.ZhCn, max, mayBeEmpty) && Fits(text.En, max, mayBeEmpty);

    private static bool Fits(string? text, int max, bool mayBeEmpty) =>
        text is not null && (mayBeEmpty || !string.IsNullOrWhiteSpace(text)) && text.Length <= max
        && !text.Any(c => char.IsControl(c) && c != '\n');
}
