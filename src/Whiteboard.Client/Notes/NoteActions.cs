namespace Whiteboard.Client.Notes;

/// <summary>
/// What the buttons on a selected note ask for. Cascaded from the canvas to the note widgets, which the diagram
/// creates itself and passes nothing but their node.
/// </summary>
public sealed record NoteActions(Func<Guid, Task> Edit, Func<Guid, Task> Delete);
