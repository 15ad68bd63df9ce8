using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

/// <summary>
/// <see cref="Forgets"/>: the kept deleted note this deletion pushes out of the author's recently deleted notes (rule N10),
/// chosen by the server so that every browser holding it forgets the same one.
/// </summary>
public sealed record NoteDeleted(Guid NoteId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Forgets = null) : BoardEvent;
