using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record AddToCluster(Guid NoteId, Guid ClusterId) : BoardCommand;
