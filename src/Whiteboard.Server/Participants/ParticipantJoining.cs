using System.Collections.Concurrent;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Who is joining a workshop (rules W2, W4, P4, P5, S4): a returning participant by their signed token, a new one by name,
/// placed in the emptiest group; facilitators and observers by their secrets, on every group. Failed lookups and wrong
/// secrets count against the caller's address.
/// </summary>
public sealed class ParticipantJoining(WorkshopLookup lookup, BoardRooms rooms, ParticipantTokens tokens)
{
    /// <summary>One placement at a time per workshop on this node (a workshop's few semaphores live as long as the node).</summary>
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _placing = new();

    public async Task<JoinOutcome> JoinAsync(JoinRequest request, string? address, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(request.Code, address, ct);
        if (workshop is null) return JoinOutcome.Refused(failure ?? RejectionCode.BoardNotFound);
        var wanted = WantedRole(request, workshop);
        if (wanted is null)
        {
            lookup.RecordFailure(address);
            return JoinOutcome.Refused(request.FacilitatorSecret is not null
                ? RejectionCode.InvalidFacilitatorSecret : RejectionCode.InvalidObserverSecret);
        }
        var boards = await rooms.OfAsync(workshop, ct);

        var name = request.Name;
        if (request.ParticipantToken is not null)
        {
            var known = await tokens.VerifyAsync(workshop.WorkshopId, request.ParticipantToken, ct);
            var memberships = known is { } id ? boards.Where(b => b.State.RoleOf(id) is not null).ToList() : [];
            if (memberships.Count == 0) return JoinOutcome.Refused(RejectionCode.InvalidToken);
            var participant = memberships[0].State.Participants[known!.Value];
            if (wanted == ParticipantRole.Participant || wanted == participant.Role)
                return new JoinOutcome(workshop, memberships, participant.Id, request.ParticipantToken, participant.Role, null);
            name ??= participant.Name; // someone who now opens the facilitator or observer link joins again in that role
        }

        var participantId = Guid.NewGuid();
        var role = wanted.Value;
        IReadOnlyList<BoardRoom> joined;
        if (role == ParticipantRole.Participant)
        {
            // W2: the group with the fewest active participants. Chosen and joined one at a time per workshop, so that a
            // class joining at the same moment is spread evenly (else simultaneous joins all see the same emptiest group).
            var placing = _placing.GetOrAdd(workshop.WorkshopId, _ => new SemaphoreSlim(1, 1));
            await placing.WaitAsync(ct);
            try
            {
                joined = [boards.OrderBy(b => b.State.Participants.Values.Count(p => p.Active && p.Role == ParticipantRole.Participant))
                    .ThenBy(b => b.State.GroupNumber).First()];
                if (await JoinEachAsync(joined, participantId, name, role, request.Location, ct) is { } refused) return JoinOutcome.Refused(refused);
            }
            finally
            {
                placing.Release();
            }
        }
        else
        {
            joined = boards; // W4: facilitators and observers are on every group
            if (await JoinEachAsync(joined, participantId, name, role, request.Location, ct) is { } refused) return JoinOutcome.Refused(refused);
        }
        return new JoinOutcome(workshop, joined, participantId, await tokens.IssueAsync(workshop.WorkshopId, participantId, ct), role, null);
    }

    private static async Task<RejectionCode?> JoinEachAsync(IEnumerable<BoardRoom> boards, Guid participantId, string? name, ParticipantRole role,
        ParticipantLocation location, CancellationToken ct)
    {
        foreach (var board in boards)
        {
            var outcome = await board.SubmitAsync(Guid.NewGuid(), participantId, new JoinBoard(participantId, name ?? "", role, location), ct);
            if (outcome.Rejection is { } rejection) return rejection.Code;
        }
        return null;
    }

    /// <summary>The role the request asks for, or null when it presents a secret that does not match.</summary>
    private static ParticipantRole? WantedRole(JoinRequest request, WorkshopRecord workshop) =>
        request.FacilitatorSecret is not null
            ? FacilitatorSecrets.Matches(request.FacilitatorSecret, workshop.FacilitatorSecretHash) ? ParticipantRole.Facilitator : null
        : request.ObserverSecret is not null
            ? FacilitatorSecrets.Matches(request.ObserverSecret, workshop.ObserverSecretHash) ? ParticipantRole.Observer : null
        : ParticipantRole.Participant;
}
