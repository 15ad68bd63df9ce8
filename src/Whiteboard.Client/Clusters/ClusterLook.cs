using Whiteboard.Client.Voting;

namespace Whiteboard.Client.Clusters;

/// <summary>How a cluster appears to this viewer: whether they may arrange it (rename, dissolve, move: C5, ST5), and its dots.</summary>
public sealed record ClusterLook(bool MayArrange, VoteLook? Votes)
{
    /// <summary>The "rate" button in a rating step (rules R1–R4); null where the stage does not rate.</summary>
    public Ratings.RatingLook? Rating { get; init; }
}
