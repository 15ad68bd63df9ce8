namespace Whiteboard.Core.Insights;

/// <summary>One stage's activity in a group: notes (named and anonymous), votes, and how long it ran.</summary>
public sealed record StageActivity(string StageId, string Title, int Notes, int AnonymousNotes, int Votes, TimeSpan? Duration);
