namespace Whiteboard.Core.Insights;

/// <summary>
/// One stage's activity in a group: notes (named and anonymous), votes, questions and answers on its notes, its ratings
/// (null where it does not rate), and how long it ran. <see cref="Ran"/>: it has been opened.
/// </summary>
public sealed record StageActivity(string StageId, string Title, int Notes, int AnonymousNotes, int Votes, TimeSpan? Duration)
{
    public bool Ran { get; init; }
    public int Questions { get; init; }
    public int Answers { get; init; }
    public RatingActivity? Ratings { get; init; }
}
