namespace Whiteboard.Client.Clusters;

/// <summary>What the buttons on a cluster ask for, each taking the cluster's id; cascaded from the canvas like <see cref="Notes.NoteActions"/>.</summary>
public sealed record ClusterActions(Func<Guid, Task> Rename, Func<Guid, Task> Dissolve, Func<Guid, Task> Vote, Func<Guid, Task> Unvote,
    Func<Guid, Task>? Rate = null);
