using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

public sealed record RecolorNote(Guid NoteId, NoteColor Color) : BoardCommand;
