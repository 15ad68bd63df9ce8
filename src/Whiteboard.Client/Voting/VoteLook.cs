using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Voting;

/// <summary>
/// The dots one viewer sees on a note or cluster (rule V4): <see cref="Shown"/> is their own dots while the stage's votes
/// are hidden (<see cref="OnlyMine"/>), everyone's once they are visible. Never who cast them. <see cref="CastBlocked"/>:
/// why one more dot is not possible here now (budget spent, cap reached), as the core decides it; "+" is disabled with it.
/// <see cref="RetractBlocked"/>: why no dot can be taken back here (none of this viewer's is on it); "−" is disabled with it.
/// </summary>
public sealed record VoteLook(int Shown, int Mine, bool OnlyMine, bool MayVote, RejectionCode? CastBlocked = null, RejectionCode? RetractBlocked = null);
