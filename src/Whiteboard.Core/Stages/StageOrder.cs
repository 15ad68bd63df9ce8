namespace Whiteboard.Core.Stages;

/// <summary>Rule ST2: which stage advancing opens.</summary>
public static class StageOrder
{
    /// <summary>
    /// The stage after the current one; with no current stage, the first not yet opened. Null when advancing opens none:
    /// from the last stage it finishes the session, and with no stage left to open there is nothing to advance to.
    /// </summary>
    public static Stage? NextToOpen(IReadOnlyList<Stage> stages)
    {
        var current = stages.ToList().FindIndex(s => s.IsCurrent);
        if (current < 0) return stages.FirstOrDefault(s => s.Status == StageStatus.NotOpen);
        return current + 1 < stages.Count ? stages[current + 1] : null;
    }
}
