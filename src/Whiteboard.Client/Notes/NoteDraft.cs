using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Notes;

/// <summary>What the editor hands back on save: the text as typed (the server cleans it) and the chosen colour.</summary>
public sealed record NoteDraft(string Text, NoteColor Color);
