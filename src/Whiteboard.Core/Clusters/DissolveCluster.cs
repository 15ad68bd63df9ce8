using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record DissolveCluster(Guid ClusterId) : BoardCommand;
