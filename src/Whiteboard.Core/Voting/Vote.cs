namespace Whiteboard.Core.Voting;

/// <summary>
/// One dot on a note or a cluster. <see cref="VoterId"/> is empty in every view but the voter's own (rule V4);
/// <see cref="Hidden"/> votes are seen only by their voter until the facilitator reveals the stage's votes.
/// </summary>
public sealed record Vote(Guid VoterId, Guid TargetId, string StageId, bool Hidden);
