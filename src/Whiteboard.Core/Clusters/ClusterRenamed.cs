using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record ClusterRenamed(Guid ClusterId, string Title) : BoardEvent;
