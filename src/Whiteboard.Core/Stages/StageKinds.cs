namespace Whiteboard.Core.Stages;

/// <summary>What each kind of stage of the action-learning cycle has always allowed (rule ST10).</summary>
public static class StageKinds
{
    private const StageCapabilities Writing = StageCapabilities.Notes | StageCapabilities.Clustering | StageCapabilities.Voting;

    /// <summary>What a step of this kind allows: <paramref name="given"/> by its flow, else what the kind always has.</summary>
    public static StageCapabilities Allowed(this StageKind kind, StageCapabilities? given) => given ?? kind.Capabilities();

    /// <summary>
    /// Every stage writes, groups and votes (when the facilitator gives it a budget); the Action stage also makes action
    /// items, the Summary stage takes the summary. Stages stored before steps named their capabilities get these.
    /// </summary>
    public static StageCapabilities Capabilities(this StageKind kind) => kind switch
    {
        StageKind.Action => Writing | StageCapabilities.ActionItems,
        StageKind.Summary => Writing | StageCapabilities.Summary,
        _ => Writing,
    };
}
