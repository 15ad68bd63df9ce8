using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Security;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Who is joining (rules P4, P5, S4): a returning participant by their signed token, a new one by name, a facilitator by the
/// board's secret. Failed lookups count against the caller's address.
/// </summary>
public sealed class ParticipantJoining(BoardLookup lookup, ParticipantTokens tokens)
{
    public async Task<JoinOutcome> JoinAsync(JoinRequest request, string? address, CancellationToken ct)
    {
        var (found, foundRoom, failure) = await lookup.FindAsync(request.Code, address, ct);
        if (failure is { } f || found is not { } record || foundRoom is not { } room) return JoinOutcome.Refused(failure ?? RejectionCode.BoardNotFound);

        var wantsFacilitator = request.FacilitatorSecret is not null;
        if (wantsFacilitator && !FacilitatorSecrets.Matches(request.FacilitatorSecret, record.FacilitatorSecretHash))
        {
            lookup.RecordFailure(address);
            return JoinOutcome.Refused(RejectionCode.InvalidFacilitatorSecret);
        }

        var name = request.Name;
        if (request.ParticipantToken is not null)
        {
            var known = await tokens.VerifyAsync(record.BoardId, request.ParticipantToken, ct);
            if (known is null || !room.State.Participants.TryGetValue(known.Value, out var participant))
                return JoinOutcome.Refused(RejectionCode.InvalidToken);
            if (!wantsFacilitator || participant.Role == ParticipantRole.Facilitator)
                return new JoinOutcome(room, participant.Id, request.ParticipantToken, participant.Role, null);
            name ??= participant.Name; // a participant who now opens the facilitator link joins again as facilitator
        }

        var participantId = Guid.NewGuid();
        var role = wantsFacilitator ? ParticipantRole.Facilitator : ParticipantRole.Participant;
        var outcome = await room.SubmitAsync(Guid.NewGuid(), participantId, new JoinBoard(participantId, name ?? "", role, request.Location), ct);
        if (outcome.Rejection is { } rejection) return JoinOutcome.Refused(rejection.Code);
        return new JoinOutcome(room, participantId, await tokens.IssueAsync(record.BoardId, participantId, ct), role, null);
    }
}
