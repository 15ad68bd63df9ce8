namespace Whiteboard.Client.Voting;

/// <summary>
/// One line of the ranked results: a cluster (its score is the dots on it plus the dots on its notes) or a note outside
/// any cluster. <see cref="Members"/> are a cluster's notes with their own dots.
/// </summary>
public sealed record ResultRow(Guid TargetId, bool IsCluster, string Text, int OwnVotes, int MemberVotes, IReadOnlyList<ResultRow> Members)
{
    public int Score => OwnVotes + MemberVotes;
}
