namespace Whiteboard.Core.Voting;

/// <summary>
/// One line of the ranked results (rule V4): a cluster or a note, scored by the dots cast on it alone. A cluster carries
/// the words of its notes (<see cref="NoteTexts"/>, for context, not for its score); a note in a cluster names it
/// (<see cref="ClusterTitle"/>, empty when untitled; null for a loose note).
/// </summary>
public sealed record RankedTarget(Guid TargetId, bool IsCluster, string Text, int Score, IReadOnlyList<string> NoteTexts, string? ClusterTitle);
