using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Flows;

/// <summary>
/// Rule F5: a running workshop's steps revised. A step that has run on a board (it was opened) keeps its place, title,
/// prompt and canvas there — notes were written to them; its settings go on changing from the console as always. Every
/// step after those may be added, removed, reordered and edited as in the designer (F4), and must still pass F2.
/// </summary>
public static class FlowRevision
{
    /// <summary>The step has run on this board: it was opened, and may be current, done or reopened.</summary>
    public static bool HasRun(Stage stage) => stage.Status != StageStatus.NotOpen;

    /// <summary>Why the board cannot take <paramref name="steps"/> (<see cref="RejectionCode.StepAlreadyRan"/>, F2's reasons), or null.</summary>
    public static RejectionCode? Check(BoardState board, IReadOnlyList<StageDefinition> steps)
    {
        if (FlowRules.CheckSteps(steps) is { } invalid) return invalid;
        for (var i = 0; i < board.Stages.Count; i++)
            if (HasRun(board.Stages[i]) && (i >= steps.Count || !Keeps(board.Stages[i], steps[i])))
                return RejectionCode.StepAlreadyRan;
        return null;
    }

    /// <summary>Why any of the workshop's boards cannot take the revised flow, or null when every one can.</summary>
    public static RejectionCode? Check(IEnumerable<BoardState> boards, Flow revised) =>
        FlowRules.Check(revised) ?? boards.Select(b => Check(b, StepsOf(revised))).FirstOrDefault(r => r is not null);

    /// <summary>The stages a revised flow gives every board.</summary>
    public static IReadOnlyList<StageDefinition> StepsOf(Flow flow) => [.. flow.Steps.Select(s => s.Stage)];

    /// <summary>Ids of the steps that ran on any of the boards: the designer shows them fixed.</summary>
    public static IReadOnlySet<string> Ran(IEnumerable<BoardState> boards) =>
        boards.SelectMany(b => b.Stages).Where(HasRun).Select(s => s.Id).ToHashSet();

    /// <summary>
    /// The flow to revise: the steps as the board has them now (with what the facilitator changed while running), each with
    /// its guide from the workshop's flow where it has one.
    /// </summary>
    public static Flow Begin(Flow? recorded, BoardState board, LocalizedText title)
    {
        var guides = recorded?.Steps.ToDictionary(s => s.Stage.Id, s => s.Guide) ?? [];
        var steps = board.Stages.Select(s => new FlowStep(s.Definition, guides.GetValueOrDefault(s.Id) ?? FlowDesign.NewStep([]).Guide));
        return new Flow(recorded?.Id ?? "workshop", recorded?.Title ?? title, recorded?.Summary ?? title, [.. steps]);
    }

    internal static BoardState Apply(BoardState board, StepsRevised revised) => board with
    {
        Stages = [.. revised.Steps.Select((step, i) => i < board.Stages.Count && HasRun(board.Stages[i]) ? board.Stages[i] : Stage.From(step))],
    };

    /// <summary>What notes were written to stays: the step's place (checked by the caller), id, kind, title, prompt and canvas.</summary>
    private static bool Keeps(Stage ran, StageDefinition step) =>
        ran.Id == step.Id && ran.Kind == step.Kind && ran.Title == step.Title && ran.Prompt == step.Prompt
        && JsonSerializer.Serialize(ran.Layout, WireJson.Options) == JsonSerializer.Serialize(step.Layout, WireJson.Options);
}
