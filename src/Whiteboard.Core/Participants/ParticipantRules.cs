using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Participants;

/// <summary>Rules P1–P2: who may join a board, and under what name.</summary>
internal static class ParticipantRules
{
    public static Decision Decide(BoardState state, JoinBoard join)
    {
        if (join.ParticipantId == Guid.Empty || !Enum.IsDefined(join.Role) || !Enum.IsDefined(join.Location))
            return RejectionCode.MalformedMessage;
        if (state.Participants.ContainsKey(join.ParticipantId)) return RejectionCode.AlreadyJoined;
        if (state.Participants.Count >= BoardLimits.MaxParticipantsPerBoard) return RejectionCode.BoardFull;
        var (name, problem) = UserText.Clean(join.Name, BoardLimits.MaxDisplayNameLength, multiline: false);
        return problem switch
        {
            UserText.Problem.None => Decision.Accept(new ParticipantJoined(join.ParticipantId, name, join.Role, join.Location)),
            UserText.Problem.Empty => RejectionCode.NameEmpty,
            UserText.Problem.TooLong => RejectionCode.NameTooLong,
            _ => RejectionCode.TextHasControlCharacters,
        };
    }

    public static BoardState Apply(BoardState state, ParticipantJoined e, DateTimeOffset at) => state with
    {
        Participants = state.Participants.SetItem(e.ParticipantId, new Participant(e.ParticipantId, e.Name, e.Role, e.Location, at)),
    };
}
