using Whiteboard.Core.Boards;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Flows;

/// <summary>
/// Rule F4: a facilitator's own design — a library flow copied, or one blank step, then steps added, removed, reordered
/// and edited. Every change gives a new flow; whether it can run is <see cref="FlowRules.Check"/>'s to say, after
/// <see cref="Completed"/> fills in the language a facilitator left empty.
/// </summary>
public static class FlowDesign
{
    /// <summary>A design's id: what the facilitator's browser keeps it under, apart from the library's ids.</summary>
    public static string IdFor(Guid designId) => "my-" + designId.ToString("N")[..12];

    /// <summary>A copy of a library flow (or of another design) to change: the same steps and guides, its own id.</summary>
    public static Flow CopyOf(Flow flow, Guid designId) => flow with { Id = IdFor(designId) };

    /// <summary>A design from nothing: one step that collects notes; its summary says what its title says until written.</summary>
    public static Flow Blank(Guid designId, LocalizedText title) => new(IdFor(designId), title, title, [NewStep([])]);

    /// <summary>A step that collects and groups notes on a free canvas, with a guide any facilitator can run it by.</summary>
    public static FlowStep NewStep(IReadOnlyList<FlowStep> existing)
    {
        var number = existing.Count + 1;
        while (existing.Any(s => s.Stage.Id == $"step-{number}")) number++;
        var stage = new StageDefinition($"step-{number}", StageKind.Brainstorm, new($"第 {number} 步", $"Step {number}"), new("", ""),
            StageSettings.Open with { TimerSeconds = 600 }, StageCapabilities.Notes | StageCapabilities.Clustering, CanvasLayout.Free);
        return new FlowStep(stage, NewStepGuide);
    }

    public static Flow AddStep(Flow flow) =>
        flow.Steps.Count >= FlowRules.MaxSteps ? flow : flow with { Steps = [.. flow.Steps, NewStep(flow.Steps)] };

    /// <summary>A design keeps at least one step.</summary>
    public static Flow RemoveStep(Flow flow, int index) =>
        flow.Steps.Count <= 1 || index < 0 || index >= flow.Steps.Count ? flow
            : flow with { Steps = [.. flow.Steps.Where((_, i) => i != index)] };

    public static Flow MoveStep(Flow flow, int index, int by)
    {
        var to = index + by;
        if (index < 0 || index >= flow.Steps.Count || to < 0 || to >= flow.Steps.Count) return flow;
        var steps = flow.Steps.ToList();
        (steps[index], steps[to]) = (steps[to], steps[index]);
        return flow with { Steps = steps };
    }

    public static Flow ReplaceStep(Flow flow, int index, FlowStep step) =>
        index < 0 || index >= flow.Steps.Count ? flow : flow with { Steps = [.. flow.Steps.Select((s, i) => i == index ? step : s)] };

    /// <summary>
    /// Rules Z1, Z3: a step's canvas changed to another kind, ready to run — the zones it had where the kind allows them,
    /// else the usual ones: three columns; six bones (政策 / 制度 / 人员 / 流程 / 资源 / 环境) and the problem at the head;
    /// the impact × feasibility matrix.
    /// </summary>
    public static StageDefinition WithLayout(StageDefinition stage, CanvasLayoutKind kind)
    {
        var had = stage.Layout?.Zones ?? [];
        var layout = kind switch
        {
            CanvasLayoutKind.Columns => new CanvasLayout(kind, had.Count > 0 ? had : Numbered(3, "栏", "Column")),
            CanvasLayoutKind.Fishbone => new CanvasLayout(kind, had.Count > 0 ? had : Bones, Head: stage.Layout?.Head ?? new("问题", "The problem")),
            CanvasLayoutKind.Matrix => new CanvasLayout(kind, had.Count == 4 ? had : Quadrants,
                AcrossAxis: stage.Layout?.AcrossAxis ?? new("可行性", "Feasibility"), UpAxis: stage.Layout?.UpAxis ?? new("影响", "Impact")),
            _ => CanvasLayout.Free,
        };
        return stage with { Layout = layout };
    }

    /// <summary>
    /// Rule ST10: a step allows one thing more or less. Dot voting needs a budget (ST6): switched on it gets three dots
    /// (two per item at most), switched off none. Rating starts with the usual criteria, importance counting double (R1).
    /// </summary>
    public static StageDefinition WithCapability(StageDefinition stage, StageCapabilities capability, bool allowed)
    {
        var now = stage.Allowed;
        var changed = stage with { Capabilities = allowed ? now | capability : now & ~capability };
        if (capability == StageCapabilities.Rating && allowed && stage.Criteria is null) return changed with { Criteria = UsualCriteria }; // R1
        if (capability != StageCapabilities.Voting) return changed;
        return changed with
        {
            Settings = allowed
                ? stage.Settings.VoteBudget > 0 ? stage.Settings : stage.Settings with { VoteBudget = 3, MaxVotesPerNote = 2 }
                : stage.Settings with { VoteBudget = 0, MaxVotesPerNote = 1, VotesHidden = false },
        };
    }

    /// <summary>A column or bone added after the others (rule Z3: at most <see cref="CanvasLayout.MaxZones"/>).</summary>
    public static StageDefinition AddZone(StageDefinition stage)
    {
        if (stage.Layout is not { Kind: CanvasLayoutKind.Columns or CanvasLayoutKind.Fishbone } layout || layout.Zones.Count >= CanvasLayout.MaxZones)
            return stage;
        var number = layout.Zones.Count + 1;
        while (layout.Zones.Any(z => z.Id == $"zone-{number}")) number++;
        return stage with { Layout = layout with { Zones = [.. layout.Zones, new Zone($"zone-{number}", new($"区域 {number}", $"Zone {number}"))] } };
    }

    /// <summary>A column or bone taken away; a canvas keeps at least one, a matrix its four.</summary>
    public static StageDefinition RemoveZone(StageDefinition stage, string zoneId) =>
        stage.Layout is { Kind: CanvasLayoutKind.Columns or CanvasLayoutKind.Fishbone, Zones.Count: > 1 } layout
            ? stage with { Layout = layout with { Zones = [.. layout.Zones.Where(z => z.Id != zoneId)] } }
            : stage;

    /// <summary>
    /// Every text in both languages (rule F2 asks for both): where the facilitator wrote only one, the other is the same
    /// words, so a design written in Chinese runs for an English-speaking group as written.
    /// </summary>
    public static Flow Completed(Flow flow) => flow with
    {
        Title = Both(flow.Title),
        Summary = Both(string.IsNullOrWhiteSpace(flow.Summary.ZhCn) && string.IsNullOrWhiteSpace(flow.Summary.En) ? flow.Title : flow.Summary),
        Steps = [.. flow.Steps.Select(s => new FlowStep(
            s.Stage with
            {
                Title = Both(s.Stage.Title),
                Prompt = Both(s.Stage.Prompt),
                Layout = s.Stage.Layout is { } l ? l with
                {
                    Zones = [.. l.Zones.Select(z => z with { Label = Both(z.Label) })],
                    Head = l.Head is { } h ? Both(h) : null,
                    AcrossAxis = l.AcrossAxis is { } a ? Both(a) : null,
                    UpAxis = l.UpAxis is { } u ? Both(u) : null,
                } : null,
            },
            s.Guide with
            {
                Goal = Both(s.Guide.Goal), Script = Both(s.Guide.Script), WatchFor = Both(s.Guide.WatchFor), MoveOn = Both(s.Guide.MoveOn),
                Materials = s.Guide.Materials is { } m ? Both(m) : null,
            }))],
    };

    private static LocalizedText Both(LocalizedText text) =>
        string.IsNullOrWhiteSpace(text.ZhCn) ? text with { ZhCn = text.En }
        : string.IsNullOrWhiteSpace(text.En) ? text with { En = text.ZhCn }
        : text;

    private static IReadOnlyList<Zone> Numbered(int count, string zh, string en) =>
        [.. Enumerable.Range(1, count).Select(i => new Zone($"zone-{i}", new($"{zh} {i}", $"{en} {i}")))];

    private static readonly IReadOnlyList<Zone> Bones =
    [
        new("policy", new("政策", "Policy")), new("rules", new("制度", "Rules")), new("people", new("人员", "People")),
        new("process", new("流程", "Process")), new("resources", new("资源", "Resources")), new("environment", new("环境", "Environment")),
    ];

    private static readonly IReadOnlyList<RatingCriterion> UsualCriteria =
    [
        new("importance", new("重要性", "Importance"), 2), new("feasibility", new("可行性", "Feasibility"), 1),
    ];

    private static readonly IReadOnlyList<Zone> Quadrants =
    [
        new("big-bets", new("重大项目", "Big bets")), new("quick-wins", new("速赢", "Quick wins")),
        new("money-pits", new("费力不讨好", "Money pits")), new("fill-ins", new("顺手做", "Fill-ins")),
    ];

    /// <summary>Written for this product: how to run any step that collects ideas, for a facilitator who designed it.</summary>
    private static readonly StepGuide NewStepGuide = new(
        Goal: new("让每个人先独立贡献想法，全组看到所有想法之后再讨论。",
            "Everyone contributes on their own first; the group sees every idea before discussing any."),
        Script: new("“先各自写几分钟，每张便签只写一个想法。写完我们一起逐张读。”",
            "“Take a few minutes on your own: one idea per note. Then we read them together, one by one.”"),
        WatchFor: new("一两个人写满了画布、一张便签写了好几件事。点名邀请还没写的人；请作者把便签拆开。",
            "One or two people filling the canvas; a note holding several ideas. Invite the quiet ones by name; ask the author to split the note."),
        MoveOn: new("新便签不再出现、每张都已读过，或计时结束。",
            "When new notes stop coming and each has been read aloud, or the timer ends."));
}
