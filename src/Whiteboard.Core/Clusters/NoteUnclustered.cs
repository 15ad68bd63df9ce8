using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

/// <summary>A cluster left with no notes is gone (rule C2).</summary>
public sealed record NoteUnclustered(Guid NoteId, Guid ClusterId) : BoardEvent;
