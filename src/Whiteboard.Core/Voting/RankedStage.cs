namespace Whiteboard.Core.Voting;

/// <summary>
/// A stage's results (rule V4): its clusters and its notes in lists of their own, each ranked by the dots cast on it.
/// </summary>
public sealed record RankedStage(IReadOnlyList<RankedTarget> Clusters, IReadOnlyList<RankedTarget> Notes)
{
    public static RankedStage Empty { get; } = new([], []);

    public bool IsEmpty => Clusters.Count == 0 && Notes.Count == 0;

    /// <summary>
    /// Both kinds by their dots, a cluster before a note on a tie: a cluster's dots are only those cast on it, so a dot
    /// counts the same whichever kind it was given to. What "the most voted" (the chosen problem, top ideas) reads.
    /// </summary>
    public IEnumerable<RankedTarget> ByScore => Clusters.Concat(Notes).OrderByDescending(r => r.Score).ThenByDescending(r => r.IsCluster);

    /// <summary>What got the most dots, when anything got one.</summary>
    public RankedTarget? Leading => ByScore.FirstOrDefault() is { Score: > 0 } first ? first : null;
}
