using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record RenameCluster(Guid ClusterId, string Title) : BoardCommand;
