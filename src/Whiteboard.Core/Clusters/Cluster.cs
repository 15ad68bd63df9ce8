namespace Whiteboard.Core.Clusters;

/// <summary>A named group of notes (归类) in one stage. Its members are the notes whose ClusterId is this one.</summary>
public sealed record Cluster(Guid Id, string StageId, string Title, DateTimeOffset CreatedAt);
