using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Boards;

/// <summary>
/// The board's rules as two pure functions (docs/RULES.md). The server decides with them and stores the events;
/// every client applies the same events with the same code.
/// </summary>
public static class Board
{
    /// <summary>Rule B2: an accepted command yields exactly one event; a rejected one yields a reason and no change.</summary>
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context) => command switch
    {
        CreateBoard c => state.Exists ? RejectionCode.NotAllowed : DecideCreate(c),
        _ when !state.Exists => RejectionCode.BoardNotFound,
        JoinBoard j => ParticipantRules.Decide(state, j),
        _ => DecideAsParticipant(state, command, context),
    };

    /// <summary>Rule B4: events apply in sequence order only; anything else is a bug in the caller, not a user error.</summary>
    public static BoardState Apply(BoardState state, EventEnvelope envelope)
    {
        if (envelope.Seq != state.Seq + 1)
            throw new InvalidOperationException($"Board {state.BoardId} is at {state.Seq}; cannot apply event {envelope.Seq}.");
        var next = envelope.Event switch
        {
            BoardCreated e => state with { Title = e.Title, Language = e.Language },
            ParticipantJoined e => ParticipantRules.Apply(state, e, envelope.At),
            NoteAdded or NoteEdited or NoteRecolored or NoteMoved or NoteDeleted => NoteRules.Apply(state, envelope),
            _ => throw new InvalidOperationException($"Unknown event {envelope.Event.GetType().Name}."),
        };
        return next with { Seq = envelope.Seq };
    }

    /// <summary>Replays stored events from the empty board: the state the server and every client agree on.</summary>
    public static BoardState Replay(Guid boardId, IEnumerable<EventEnvelope> events) =>
        events.Aggregate(BoardState.Empty(boardId), Apply);

    private static Decision DecideCreate(CreateBoard c)
    {
        if (!Enum.IsDefined(c.Language)) return RejectionCode.MalformedMessage;
        var (title, problem) = UserText.Clean(c.Title, BoardLimits.MaxTitleLength, multiline: false);
        return problem switch
        {
            UserText.Problem.None => Decision.Accept(new BoardCreated(title, c.Language)),
            UserText.Problem.Empty => RejectionCode.TitleEmpty,
            UserText.Problem.TooLong => RejectionCode.TitleTooLong,
            _ => RejectionCode.TextHasControlCharacters,
        };
    }

    /// <summary>Rule P3: only the board's participants change it, and observers change nothing.</summary>
    private static Decision DecideAsParticipant(BoardState state, BoardCommand command, CommandContext context)
    {
        var role = state.RoleOf(context.ActorId);
        if (role is null) return RejectionCode.NotJoined;
        if (role == ParticipantRole.Observer) return RejectionCode.NotAllowed;
        return command switch
        {
            AddNote or EditNote or RecolorNote or MoveNote or DeleteNote => NoteRules.Decide(state, command, context, role.Value),
            _ => RejectionCode.MalformedMessage,
        };
    }
}
