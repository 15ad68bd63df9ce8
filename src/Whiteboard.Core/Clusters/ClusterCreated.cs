using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record ClusterCreated(Guid ClusterId, string StageId, string Title, IReadOnlyList<Guid> NoteIds) : BoardEvent;
