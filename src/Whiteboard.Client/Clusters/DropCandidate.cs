namespace Whiteboard.Client.Clusters;

/// <summary>A note a dropped note may land on: where it is, its cluster, and whether it may be clustered at all (H4: not while hidden).</summary>
public readonly record struct DropCandidate(Guid NoteId, Guid? ClusterId, bool Clusterable, DropBox Box);
