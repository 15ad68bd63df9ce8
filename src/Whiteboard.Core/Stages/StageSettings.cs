namespace Whiteboard.Core.Stages;

/// <summary>
/// How a stage runs (rule ST6). Private writing and anonymity apply to the notes written while they are on; hidden votes to
/// the votes cast while it is on, until the facilitator reveals them.
/// </summary>
public sealed record StageSettings(
    bool PrivateWriting,
    bool AnonymousAuthors,
    bool FacilitatorSeesAuthors,
    int VoteBudget,
    int MaxVotesPerNote,
    bool VotesHidden,
    int TimerSeconds)
{
    public const int MaxVoteBudget = 20;
    public const int MaxTimerSeconds = 3 * 60 * 60;

    public static readonly StageSettings Open = new(false, false, true, 0, 1, false, 0);

    /// <summary>Rule H3: who may know the writer of a note, question or answer written now.</summary>
    public Notes.NoteAnonymity Anonymity => !AnonymousAuthors ? Notes.NoteAnonymity.Named
        : FacilitatorSeesAuthors ? Notes.NoteAnonymity.HiddenFromParticipants : Notes.NoteAnonymity.HiddenFromEveryone;

    public bool IsValid =>
        VoteBudget is >= 0 and <= MaxVoteBudget &&
        MaxVotesPerNote >= 1 && MaxVotesPerNote <= Math.Max(1, VoteBudget) &&
        TimerSeconds is >= 0 and <= MaxTimerSeconds;
}
