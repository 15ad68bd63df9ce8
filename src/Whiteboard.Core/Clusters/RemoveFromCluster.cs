using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record RemoveFromCluster(Guid NoteId) : BoardCommand;
