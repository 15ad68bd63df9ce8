using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Stored without notes. As sent to a viewer it carries the notes that viewer could not see before (rule H2).</summary>
public sealed record NotesRevealed(string StageId, IReadOnlyList<Note>? Notes = null) : BoardEvent;
