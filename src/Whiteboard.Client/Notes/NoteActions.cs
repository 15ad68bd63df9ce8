namespace Whiteboard.Client.Notes;

/// <summary>
/// What the buttons on a note ask for. Cascaded from the canvas to the note widgets, which the diagram creates itself
/// and passes nothing but their node. Each takes the note's id.
/// </summary>
public sealed record NoteActions(
    Func<Guid, Task> Edit,
    Func<Guid, Task> Delete,
    Func<Guid, Task>? Vote = null,
    Func<Guid, Task>? Unvote = null,
    Func<Guid, Task>? RemoveFromCluster = null,
    Func<Guid, Task>? TogglePick = null,
    Func<Guid, Task>? MakeAction = null,
    Func<Guid, Task>? Rate = null,
    Func<Guid, Task>? OpenQuestions = null);
