namespace Whiteboard.Client.Voting;

/// <summary>
/// The dots one viewer sees on a note or cluster (rule V4): <see cref="Shown"/> is their own dots while the stage's votes
/// are hidden (<see cref="OnlyMine"/>), everyone's once they are visible. Never who cast them.
/// </summary>
public sealed record VoteLook(int Shown, int Mine, bool OnlyMine, bool MayVote);
