namespace Whiteboard.Client.Participants;

/// <summary>
/// Rule W3 as the moved trainee sees it: the facilitator moved them from one group to another. What they wrote in the
/// group they left (which they no longer see) is kept here, so it stays findable.
/// </summary>
public sealed record GroupMove(int FromGroup, int ToGroup, IReadOnlyList<string> MyNotes);
