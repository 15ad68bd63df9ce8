using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Boards;

/// <summary>
/// The board's rules as two pure functions (docs/RULES.md). The server decides with them and stores the events;
/// every client applies the same events (as projected for it, <see cref="Visibility"/>) with the same code.
/// </summary>
public static class Board
{
    /// <summary>Rule B2: an accepted command yields exactly one event; a rejected one yields a reason and no change.</summary>
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context) => command switch
    {
        CreateBoard c => state.Exists ? RejectionCode.NotAllowed : BoardCreation.Decide(c),
        _ when !state.Exists => RejectionCode.BoardNotFound,
        JoinBoard j => ParticipantRules.Decide(state, j),
        LeaveBoard l => ParticipantRules.Decide(state, l),
        RemoveParticipant r => ParticipantRules.Decide(state, r, context),
        SetParticipantUnit u => ParticipantRules.Decide(state, u, context),
        RecordOwnerProgress r => ActionItemRules.DecideOwnerLink(state, r),
        ReviseSteps r => FlowRevision.Check(state, r.Steps) ?? Decision.Accept(new StepsRevised([.. r.Steps])),
        _ => DecideAsParticipant(state, command, context),
    };

    /// <summary>Rule B4: events apply in sequence order only; anything else is a bug in the caller, not a user error.</summary>
    public static BoardState Apply(BoardState state, EventEnvelope envelope)
    {
        if (envelope.Seq != state.Seq + 1)
            throw new InvalidOperationException($"Board {state.BoardId} is at {state.Seq}; cannot apply event {envelope.Seq}.");
        var next = envelope.Event switch
        {
            BoardCreated e => BoardCreation.Apply(state, e, envelope.At),
            ParticipantJoined e => ParticipantRules.Apply(state, e, envelope.At),
            ParticipantLeft e => ParticipantRules.Apply(state, e),
            ParticipantRemoved e => ParticipantRules.Apply(state, e),
            ParticipantUnitSet e => ParticipantRules.Apply(state, e),
            NoteDeleted e => QuestionRules.ForgetNote(NoteRules.Apply(state, envelope), e.NoteId),
            NoteAdded or NoteEdited or NoteRecolored or NoteMoved or NoteRestored => NoteRules.Apply(state, envelope),
            StageAdvanced or StageLocked or StageUnlocked or StageReopened or StageSettingsChanged or TimerChanged or DoneMarked
                or QuestionsAllowed => StageRules.Apply(state, envelope),
            QuestionAsked or QuestionAnswered or QuestionEdited or QuestionWithdrawn => QuestionRules.Apply(state, envelope),
            NotesRevealed or VotesRevealed => Reveals.Apply(state, envelope.Event),
            ClusterCreated or NoteClustered or NoteUnclustered or ClusterRenamed or ClusterDissolved => ClusterRules.Apply(state, envelope),
            VoteCast or VoteRetracted => VoteRules.Apply(state, envelope),
            ActionItemCreated or ActionItemEdited or ActionProgressUpdated or ActionItemDeleted => ActionItemRules.Apply(state, envelope),
            SummaryWritten e => state with { Summary = e.Text },
            StepsRevised e => FlowRevision.Apply(state, e),
            ItemRated or CriteriaSet or RatingsRevealed => RatingRules.Apply(state, envelope),
            EventHidden => state,
            _ => throw new InvalidOperationException($"Unknown event {envelope.Event.GetType().Name}."),
        };
        if (envelope.Event is NoteDeleted or ClusterCreated or ClusterDissolved or NoteClustered or NoteUnclustered) next = RatingRules.Prune(next); // R3
        return next with { Seq = envelope.Seq };
    }

    /// <summary>Replays stored events from the empty board: the state the server and every client agree on.</summary>
    public static BoardState Replay(Guid boardId, IEnumerable<EventEnvelope> events) =>
        events.Aggregate(BoardState.Empty(boardId), Apply);

    /// <summary>Rule P3: only the board's active participants change it; observers change nothing; stages are the facilitator's.</summary>
    private static Decision DecideAsParticipant(BoardState state, BoardCommand command, CommandContext context)
    {
        if (state.RoleOf(context.ActorId) is not { } role) return RejectionCode.NotJoined;
        if (role == ParticipantRole.Observer) return RejectionCode.ObserverReadOnly;
        return command switch
        {
            AddNote or EditNote or RecolorNote or MoveNote or DeleteNote or RestoreNote => NoteRules.Decide(state, command, context, role),
            MarkDone => StageRules.Decide(state, command, context),
            SetCriteria or RevealRatings
                => role == ParticipantRole.Facilitator ? RatingRules.Decide(state, command, context, role) : RejectionCode.NotAllowed,
            _ when StageCommands.Includes(command)
                => role == ParticipantRole.Facilitator ? StageRules.Decide(state, command, context) : RejectionCode.NotAllowed,
            CreateCluster or AddToCluster or RemoveFromCluster or RenameCluster or DissolveCluster
                => ClusterRules.Decide(state, command, context, role),
            CastVote or RetractVote => VoteRules.Decide(state, command, context, role),
            CreateActionItem or EditActionItem or DeleteActionItem or UpdateActionProgress => ActionItemRules.Decide(state, command, context, role),
            RateItem => RatingRules.Decide(state, command, context, role),
            AskQuestion or AnswerQuestion or EditQuestion or WithdrawQuestion => QuestionRules.Decide(state, command, context, role),
            WriteSummary w => SummaryRules.Decide(state, w, new Viewer(context.ActorId, role)),
            _ => RejectionCode.MalformedMessage,
        };
    }
}
