using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Notes;

/// <summary>Brings a recently deleted note back (rule N10): the undo of a delete, or a facilitator's restore.</summary>
public sealed record RestoreNote(Guid NoteId) : BoardCommand;
