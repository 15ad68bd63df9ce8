using System.Text.RegularExpressions;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

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
        IdPattern().IsMatch(flow.Id)
        && Fits(flow.Title, MaxTitleLength) && Fits(flow.Summary, MaxPromptLength)
        && flow.Steps.Count is >= 1 and <= MaxSteps
        && flow.Steps.Select(s => s.Stage.Id).Distinct().Count() == flow.Steps.Count
        && flow.Steps.All(IsRunnable)
            ? null
            : RejectionCode.InvalidFlow;

    private static bool IsRunnable(FlowStep step)
    {
        var (stage, guide) = (step.Stage, step.Guide);
        return IdPattern().IsMatch(stage.Id) && Enum.IsDefined(stage.Kind)
            && Fits(stage.Title, MaxTitleLength) && Fits(stage.Prompt, MaxPromptLength, mayBeEmpty: true)
            && stage.Settings.IsValid
            && (stage.Capabilities is not { } capabilities || (capabilities & ~AllCapabilities) == 0)
            && (stage.Layout?.IsValid ?? true)
            && (stage.Layout?.Zones.All(z => Fits(z.Label, MaxTitleLength)) ?? true)
            && Fits(guide.Goal, MaxGuideLength) && Fits(guide.Script, MaxGuideLength) && Fits(guide.WatchFor, MaxGuideLength)
            && Fits(guide.MoveOn, MaxGuideLength) && (guide.Materials is null || Fits(guide.Materials, MaxGuideLength, mayBeEmpty: true));
    }

    private static readonly StageCapabilities AllCapabilities = Enum.GetValues<StageCapabilities>().Aggregate((a, b) => a | b);

    /// <summary>Both languages present (unless it may be empty), one line or many, within the length, no control characters.</summary>
    private static bool Fits(LocalizedText? text, int max, bool mayBeEmpty = false) =>
        text is not null && Fits(text.ZhCn, max, mayBeEmpty) && Fits(text.En, max, mayBeEmpty);

    private static bool Fits(string? text, int max, bool mayBeEmpty) =>
        text is not null && (mayBeEmpty || !string.IsNullOrWhiteSpace(text)) && text.Length <= max
        && !text.Any(c => char.IsControl(c) && c != '\n');
}
