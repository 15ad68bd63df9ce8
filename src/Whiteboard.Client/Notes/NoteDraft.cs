using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Notes;

/// <summary>
/// What the editor hands back on save: the text as typed (the server cleans it), the chosen colour, and for a new note on
/// a canvas with zones the zone it goes into (rule Z2).
/// </summary>
public sealed record NoteDraft(string Text, NoteColor Color, string? ZoneId = null);
