using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Voting;

/// <summary>Rules V1–V5: dot voting within the stage's budget and per-target limit.</summary>
internal static class VoteRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role)
    {
        var targetId = command switch { CastVote c => c.TargetId, RetractVote c => c.TargetId, _ => Guid.Empty };
        var viewer = new Viewer(context.ActorId, role);
        if (state.Notes.TryGetValue(targetId, out var note) && note.Hidden && Visibility.CanSee(note, viewer))
            return RejectionCode.HiddenNote; // H4: seen by this person, but not yet by the room
        if (StageOfTarget(state, targetId, viewer) is not { } stage) return RejectionCode.NoteNotFound;
        if (StageAccess.CheckChange(state, stage.Id, viewer) is { } closed) return closed;
        var mine = state.Votes.Where(v => v.VoterId == context.ActorId && v.StageId == stage.Id).ToList();
        var onTarget = mine.Count(v => v.TargetId == targetId);
        return command switch
        {
            CastVote when VoteAccess.CheckVote(state, stage.Id, viewer) is { } closedVoting => closedVoting,
            CastVote when mine.Count >= stage.Settings.VoteBudget => RejectionCode.VoteBudgetSpent,
            CastVote when onTarget >= stage.Settings.MaxVotesPerNote => RejectionCode.VoteLimitPerTarget,
            CastVote => Decision.Accept(new VoteCast(targetId, stage.Id, stage.Settings.VotesHidden && !stage.VotesRevealed)),
            RetractVote when onTarget == 0 => RejectionCode.NoVoteToRetract,
            RetractVote => Decision.Accept(new VoteRetracted(targetId, stage.Id)),
            _ => RejectionCode.MalformedMessage,
        };
    }

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        VoteCast e => state with { Votes = state.Votes.Add(new Vote(envelope.ActorId, e.TargetId, e.StageId, e.Hidden)) },
        VoteRetracted e => state with { Votes = RemoveLast(state.Votes, envelope.ActorId, e.TargetId) },
        _ => state,
    };

    /// <summary>The vote a retraction takes back: the voter's latest on that target (the same one in every view).</summary>
    public static Vote? Retracted(BoardState state, Guid voterId, Guid targetId) =>
        state.Votes.LastOrDefault(v => v.VoterId == voterId && v.TargetId == targetId);

    private static System.Collections.Immutable.ImmutableList<Vote> RemoveLast(
        System.Collections.Immutable.ImmutableList<Vote> votes, Guid voterId, Guid targetId)
    {
        var index = votes.FindLastIndex(v => v.VoterId == voterId && v.TargetId == targetId);
        return index < 0 ? votes : votes.RemoveAt(index);
    }

    /// <summary>V1: a vote goes on a note everyone can see, or on a cluster.</summary>
    private static Stage? StageOfTarget(BoardState state, Guid targetId, Viewer viewer)
    {
        if (state.Notes.TryGetValue(targetId, out var note))
            return Visibility.CanSee(note, viewer) && !note.Hidden ? state.StageById(note.StageId) : null;
        return state.Clusters.TryGetValue(targetId, out var cluster) ? state.StageById(cluster.StageId) : null;
    }
}
