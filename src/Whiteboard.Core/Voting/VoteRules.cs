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
        var viewer = new Viewer(context.ActorId, role);
        var (targetId, refused) = command switch
        {
            CastVote c => (c.TargetId, VoteAccess.CheckCast(state, c.TargetId, viewer)),
            RetractVote c => (c.TargetId, VoteAccess.CheckRetract(state, c.TargetId, viewer)),
            _ => (Guid.Empty, RejectionCode.MalformedMessage),
        };
        if (refused is { } code) return code;
        var stage = StageOf(state, targetId);
        return command is CastVote
            ? Decision.Accept(new VoteCast(targetId, stage.Id, VotedHidden(stage)))
            : Decision.Accept(new VoteRetracted(targetId, stage.Id));
    }

    /// <summary>V4: a dot cast while the stage's votes are hidden stays hidden until the reveal.</summary>
    private static bool VotedHidden(Stage stage) => stage.Settings.VotesHidden && !stage.VotesRevealed;

    /// <summary>The stage of a target the checks found (a note or a cluster).</summary>
    private static Stage StageOf(BoardState state, Guid targetId) =>
        state.StageById(state.Notes.TryGetValue(targetId, out var note) ? note.StageId : state.Clusters[targetId].StageId)!;

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
}
