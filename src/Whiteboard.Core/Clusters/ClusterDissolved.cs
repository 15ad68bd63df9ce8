using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

/// <summary>Its notes stay, unclustered; votes on the cluster are returned (rule V5).</summary>
public sealed record ClusterDissolved(Guid ClusterId) : BoardEvent;
