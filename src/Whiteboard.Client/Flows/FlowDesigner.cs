using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Client.Flows;

/// <summary>
/// The design a facilitator is shaping before the workshop (rule F4), or revising while it runs (rule F5, with the
/// groups' boards as they are now in <paramref name="running"/>): every change goes through Core's <see cref="FlowDesign"/>,
/// and whether it can run is Core's <see cref="FlowRules.Check"/> and <see cref="FlowRevision.Check"/>; the steps that ran
/// (Core's <see cref="FlowRevision.Ran"/>) are shown fixed. Texts are written in the language the facilitator works in;
/// the other language follows them.
/// </summary>
public sealed class FlowDesigner(Flow start, BoardLanguage writing, Func<IReadOnlyList<BoardState>>? running = null)
{
    public Flow Design { get; private set; } = start;

    public BoardLanguage Writing { get; } = writing;

    /// <summary>A running workshop's flow is being revised (rule F5).</summary>
    public bool IsRevising => running is not null;

    /// <summary>The design as it would run: both languages filled in.</summary>
    public Flow Ready => FlowDesign.Completed(Design);

    /// <summary>Why it cannot run yet (rule F2), or cannot replace the running flow (rule F5), or null.</summary>
    public RejectionCode? Problem => FlowRules.Check(Ready) ?? (running is null ? null : FlowRevision.Check(running(), Ready));

    /// <summary>Rule F5: the step has run in some group, so it stays where and as it is.</summary>
    public bool HasRun(int index) =>
        running is not null && index >= 0 && index < Design.Steps.Count && FlowRevision.Ran(running()).Contains(Design.Steps[index].Stage.Id);

    public bool CanAddStep => Design.Steps.Count < FlowRules.MaxSteps;

    public void AddStep() => Design = FlowDesign.AddStep(Design);

    public void RemoveStep(int index)
    {
        if (!HasRun(index)) Design = FlowDesign.RemoveStep(Design, index);
    }

    /// <summary>A step moves past another unless either has run.</summary>
    public bool CanMove(int index, int by) =>
        index + by >= 0 && index + by < Design.Steps.Count && !HasRun(index) && !HasRun(index + by);

    public void MoveStep(int index, int by)
    {
        if (CanMove(index, by)) Design = FlowDesign.MoveStep(Design, index, by);
    }

    public void SetTitle(string text) => Design = Design with { Title = Written(text) };

    public void SetStepTitle(int index, string text) => ChangeStage(index, s => s with { Title = Written(text) });

    public void SetPrompt(int index, string text) => ChangeStage(index, s => s with { Prompt = Written(text) });

    /// <summary>The step's timer in whole minutes, within rule ST6 (0 for none).</summary>
    public void SetMinutes(int index, int minutes) =>
        ChangeStage(index, s => s with { Settings = s.Settings with { TimerSeconds = Math.Clamp(minutes, 0, StageSettings.MaxTimerSeconds / 60) * 60 } });

    public void SetAllowed(int index, StageCapabilities capability, bool allowed) =>
        ChangeStage(index, s => FlowDesign.WithCapability(s, capability, allowed));

    public void SetLayout(int index, CanvasLayoutKind kind) => ChangeStage(index, s => FlowDesign.WithLayout(s, kind));

    public void AddZone(int index) => ChangeStage(index, FlowDesign.AddZone);

    public void RemoveZone(int index, string zoneId) => ChangeStage(index, s => FlowDesign.RemoveZone(s, zoneId));

    public void SetZoneLabel(int index, string zoneId, string text) => ChangeStage(index, s => s.Layout is { } layout
        ? s with { Layout = layout with { Zones = [.. layout.Zones.Select(z => z.Id == zoneId ? z with { Label = Written(text) } : z)] } }
        : s);

    public void SetHead(int index, string text) => ChangeStage(index, s => s.Layout is { Head: not null } layout
        ? s with { Layout = layout with { Head = Written(text) } }
        : s);

    public void SetScript(int index, string text) => ChangeGuide(index, g => g with { Script = Written(text) });

    /// <summary>The design as a file to keep or pass on (the format of a library flow).</summary>
    public string Export() => FlowJson.Write(Ready);

    /// <summary>A file read in place of the design; one that is not a flow, or cannot run (rule F2), changes nothing.</summary>
    public RejectionCode? Import(string json)
    {
        var (flow, problem) = FlowJson.Read(json);
        if (flow is null) return problem ?? RejectionCode.InvalidFlow;
        Design = flow;
        return null;
    }

    /// <summary>
    /// The text in the language being written; the other language's words were a translation of what is gone, so they
    /// follow the new text (rule F4) rather than contradict it.
    /// </summary>
    private LocalizedText Written(string text) => Writing == BoardLanguage.En ? new("", text) : new(text, "");

    private void ChangeStage(int index, Func<StageDefinition, StageDefinition> change)
    {
        if (index < 0 || index >= Design.Steps.Count || HasRun(index)) return;
        var step = Design.Steps[index];
        Design = FlowDesign.ReplaceStep(Design, index, step with { Stage = change(step.Stage) });
    }

    private void ChangeGuide(int index, Func<StepGuide, StepGuide> change)
    {
        if (index < 0 || index >= Design.Steps.Count) return;
        var step = Design.Steps[index];
        Design = FlowDesign.ReplaceStep(Design, index, step with { Guide = change(step.Guide) });
    }
}
