namespace Whiteboard.Core.Insights;

/// <summary>
/// How one group took part. Per person only what they wrote under their name; notes written anonymously are counted for
/// the group (<see cref="AnonymousNotes"/>), never per person. <see cref="TopThirdShare"/>: the share of the named notes
/// that the most active third of the participants wrote (1/3 is perfectly even; near 1 means a few did all the talking).
/// </summary>
public sealed record GroupInsight(
    Guid BoardId,
    int GroupNumber,
    int InRoom,
    int Remote,
    IReadOnlyList<PersonActivity> People,
    int AnonymousNotes,
    IReadOnlyList<StageActivity> Stages,
    int VotesCast,
    double? TopThirdShare);
