using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Clusters;

/// <summary>Rule C1: groups two or more visible notes of the current stage.</summary>
public sealed record CreateCluster(Guid ClusterId, IReadOnlyList<Guid> NoteIds, string Title = "") : BoardCommand;
