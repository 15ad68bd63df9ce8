using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

public sealed record NoteClustered(Guid NoteId, Guid ClusterId) : BoardEvent;
