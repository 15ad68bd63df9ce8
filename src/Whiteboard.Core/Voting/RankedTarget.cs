namespace Whiteboard.Core.Voting;

/// <summary>
/// One line of the ranked results: a cluster (its score is the dots on it plus the dots on its notes) or a note outside
/// any cluster. <see cref="Members"/> are a cluster's notes with their own dots.
/// </summary>
public sealed record RankedTarget(Guid TargetId, bool IsCluster, string Text, int OwnVotes, int MemberVotes, IReadOnlyList<RankedTarget> Members)
{
    public int Score => OwnVotes + MemberVotes;
}
