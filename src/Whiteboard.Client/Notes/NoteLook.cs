using Whiteboard.Client.Voting;

namespace Whiteboard.Client.Notes;

/// <summary>
/// How a note appears to this viewer besides its own fields: the author's name (null when anonymous or unknown), whether
/// they may change it (N5) or arrange it (move, cluster: ST5), whether it is still private to its author (H1), picked for
/// grouping by tap, and its dots (null when the stage has no voting). <see cref="Mine"/>: this viewer wrote it.
/// <see cref="Pending"/>: this viewer changed it and the server has not got the change onto the board yet.
/// <see cref="MayMakeAction"/>: it can become an action item now (rule A1). <see cref="Questions"/>: how many questions are
/// asked on it; <see cref="MayAsk"/>: this viewer may ask one now (rule Q1).
/// </summary>
public sealed record NoteLook(string? AuthorName, bool MayChange, bool MayArrange, bool IsPrivate, bool Mine, bool Picked, VoteLook? Votes,
    bool Pending = false, bool MayMakeAction = false, int Questions = 0, bool MayAsk = false)
{
    /// <summary>The "rate" button in a rating step (rules R1–R4); null where the stage does not rate.</summary>
    public Ratings.RatingLook? Rating { get; init; }

    public static NoteLook Plain(string? authorName, bool mayChange) => new(authorName, mayChange, mayChange, false, false, false, null);
}
