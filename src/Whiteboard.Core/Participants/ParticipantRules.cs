using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Participants;

/// <summary>Rules P1, P2, P6, P7, W3: who may join a board, under what name and unit, leaving it when moved, and being removed.</summary>
internal static class ParticipantRules
{
    public static Decision Decide(BoardState state, JoinBoard join)
    {
        if (join.ParticipantId == Guid.Empty || !Enum.IsDefined(join.Role) || !Enum.IsDefined(join.Location))
            return RejectionCode.MalformedMessage;
        // W3: someone moved away and back joins again; only an active member is "already joined".
        if (state.RoleOf(join.ParticipantId) is not null) return RejectionCode.AlreadyJoined;
        // P2: facilitators and observers never count, so a board filled by trainees still lets them in.
        if (join.Role == ParticipantRole.Participant && state.Participants.Values.Count(p => p.Active && p.Role == ParticipantRole.Participant)
            >= BoardLimits.MaxParticipantsPerBoard) return RejectionCode.BoardFull;
        var (name, refused) = TypedText.DisplayName.Check(join.Name);
        var (unit, badUnit) = TypedText.Unit.Check(join.Unit);
        return refused ?? badUnit ?? Decision.Accept(new ParticipantJoined(join.ParticipantId, name, join.Role, join.Location, Given(unit)));
    }

    public static Decision Decide(BoardState state, LeaveBoard leave) =>
        state.RoleOf(leave.ParticipantId) is null ? RejectionCode.NotJoined : Decision.Accept(new ParticipantLeft(leave.ParticipantId));

    /// <summary>
    /// P6: a facilitator removes a participant or an observer (not a facilitator, not themselves); what they wrote stays.
    /// </summary>
    public static Decision Decide(BoardState state, RemoveParticipant remove, CommandContext context) =>
        ParticipantAccess.CheckRemove(state, remove.ParticipantId,
            new Privacy.Viewer(context.ActorId, state.RoleOf(context.ActorId) ?? ParticipantRole.Participant)) is { } refused
            ? refused
            : Decision.Accept(new ParticipantRemoved(remove.ParticipantId));

    /// <summary>Rule P7: a facilitator sets or clears the unit of someone who joined the board.</summary>
    public static Decision Decide(BoardState state, SetParticipantUnit set, CommandContext context)
    {
        if (ParticipantAccess.CheckSetUnit(state, set.ParticipantId,
                new Privacy.Viewer(context.ActorId, state.RoleOf(context.ActorId) ?? ParticipantRole.Participant)) is { } refused)
            return refused;
        var (unit, badUnit) = TypedText.Unit.Check(set.Unit);
        return badUnit ?? Decision.Accept(new ParticipantUnitSet(set.ParticipantId, Given(unit)));
    }

    public static BoardState Apply(BoardState state, ParticipantJoined e, DateTimeOffset at) => state with
    {
        Participants = state.Participants.SetItem(e.ParticipantId, new Participant(e.ParticipantId, e.Name, e.Role, e.Location, at, Unit: e.Unit)),
    };

    public static BoardState Apply(BoardState state, ParticipantUnitSet e) =>
        state.Participants.TryGetValue(e.ParticipantId, out var p)
            ? state with { Participants = state.Participants.SetItem(e.ParticipantId, p with { Unit = e.Unit }) }
            : state;

    /// <summary>Rule P7: no unit is null, never an empty text, so that "not given" is one thing everywhere.</summary>
    private static string? Given(string unit) => unit.Length == 0 ? null : unit;

    public static BoardState Apply(BoardState state, ParticipantRemoved e) =>
        state.Participants.TryGetValue(e.ParticipantId, out var p)
            ? state with { Participants = state.Participants.SetItem(e.ParticipantId, p with { Active = false, Removed = true }) }
            : state;

    public static BoardState Apply(BoardState state, ParticipantLeft e) =>
        state.Participants.TryGetValue(e.ParticipantId, out var p)
            ? state with { Participants = state.Participants.SetItem(e.ParticipantId, p with { Active = false }) }
            : state;
}
