using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Office;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Participants;

/// <summary>
/// Who is joining a workshop (rules W2, W4, P4, P5, P6, S4): a returning person by their signed token, a new one by name,
/// placed by the core (W2); facilitators and observers by their secrets, on every group. A facilitator's token restores
/// the role for a limited time only. New people count against the address (<see cref="JoinThrottle"/>) and a connection
/// makes at most one; wrong codes and secrets are guesses (<see cref="WorkshopLookup"/>).
/// </summary>
public sealed class ParticipantJoining(
    WorkshopLookup lookup, FacilitatorCredential facilitators, BoardRooms rooms, ParticipantTokens tokens, JoinThrottle newcomers, IOptions<LimitOptions> limits, TimeProvider time)
{
    /// <summary>One placement at a time per workshop on this node (a workshop's few semaphores live as long as the node).</summary>
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _placing = new();

    /// <param name="mayCreate">False when this connection already made someone: it may come back as them, not make another.</param>
    public async Task<JoinOutcome> JoinAsync(JoinRequest request, string address, bool mayCreate, CancellationToken ct)
    {
        var found = await lookup.FindAsync(request.Code, address, Credential(request, ct), ct);
        if (found.Workshop is not { } workshop) return JoinOutcome.Refused(found.Failure!.Value, found.RetryAfter);
        var boards = await rooms.OfAsync(workshop, ct);
        var wanted = await WantedRoleAsync(request, workshop, ct);
        if (wanted is null)
        {
            // A device signed out by another facilitator still holds the old link: say so rather than "not valid".
            if (request.ParticipantToken is { } stale && await tokens.VerifyAsync(workshop.WorkshopId, stale, ct) is { } holder
                && !boards.Any(b => b.State.IsMember(holder.ParticipantId)) && WhyGone(boards, holder.ParticipantId) == RejectionCode.SignedOut)
                return JoinOutcome.Refused(RejectionCode.SignedOut);
            return JoinOutcome.Refused(request.FacilitatorSecret is not null ? RejectionCode.InvalidFacilitatorSecret : RejectionCode.InvalidObserverSecret);
        }

        var name = request.Name;
        if (request.ParticipantToken is not null)
        {
            if (await tokens.VerifyAsync(workshop.WorkshopId, request.ParticipantToken, ct) is not { } known)
                return JoinOutcome.Refused(RejectionCode.InvalidToken);
            var memberships = boards.Where(b => b.State.IsMember(known.ParticipantId)).ToList();
            if (memberships.Count == 0) return JoinOutcome.Refused(WhyGone(boards, known.ParticipantId));
            var participant = memberships[0].State.Participants[known.ParticipantId];
            var expired = participant.Role == ParticipantRole.Facilitator
                && known.IsOlderThan(TimeSpan.FromDays(limits.Value.FacilitatorTokenDays), time.GetUtcNow());
            if (!expired && (wanted == ParticipantRole.Participant || wanted == participant.Role))
                return new JoinOutcome(workshop, memberships, participant.Id, request.ParticipantToken, participant.Role, null);
            if (expired && wanted != ParticipantRole.Facilitator) return JoinOutcome.Refused(RejectionCode.InvalidToken);
            if (expired)
                // The facilitator link proves the role again: the same person, with a fresh token.
                return new JoinOutcome(workshop, memberships, participant.Id,
                    await tokens.IssueAsync(workshop.WorkshopId, participant.Id, ct), participant.Role, null);
            name ??= participant.Name; // someone who now opens the facilitator or observer link joins again in that role
        }

        if (!mayCreate) return JoinOutcome.Refused(RejectionCode.TooManyJoins);
        var role = wanted.Value;
        // A facilitator or observer came with a secret: a credential, never throttled (a new device in a crowded room).
        if (role == ParticipantRole.Participant && await newcomers.NewcomerAsync(address, ct) is { } wait)
            return JoinOutcome.Refused(RejectionCode.TooManyJoins, wait);
        var id = Guid.NewGuid();
        IReadOnlyList<BoardRoom> joined;
        if (role == ParticipantRole.Participant)
        {
            // W2, chosen and joined one at a time per workshop, so that a class joining at the same moment is spread evenly
            // (else simultaneous joins all see the same emptiest group).
            var placing = _placing.GetOrAdd(workshop.WorkshopId, _ => new SemaphoreSlim(1, 1));
            await placing.WaitAsync(ct);
            try
            {
                var group = GroupPlacement.Choose(boards.Select(b => b.State));
                joined = [boards.First(b => b.BoardId == group.BoardId)];
                if (await JoinEachAsync(joined, id, name, role, request.Location, request.Unit, ct) is { } refused) return JoinOutcome.Refused(refused);
            }
            finally
            {
                placing.Release();
            }
        }
        else
        {
            joined = boards; // W4: facilitators and observers are on every group
            if (await JoinEachAsync(joined, id, name, role, request.Location, request.Unit, ct) is { } refused) return JoinOutcome.Refused(refused);
        }
        return new JoinOutcome(workshop, joined, id, await tokens.IssueAsync(workshop.WorkshopId, id, ct), role, null, Created: true);
    }

    /// <summary>The credentials a request presents, checked against the workshop found: any valid one means it is not a guess.</summary>
    private Func<WorkshopRecord, ValueTask<bool>>? Credential(JoinRequest request, CancellationToken ct)
    {
        if (request.FacilitatorSecret is null && request.ObserverSecret is null && request.ParticipantToken is null) return null;
        return async workshop =>
            (request.FacilitatorSecret is { } f && await facilitators.OpensAsync(workshop, f, ct))
            || (request.ObserverSecret is { } o && FacilitatorSecrets.Matches(o, workshop.ObserverSecretHash))
            || (request.ParticipantToken is { } t && await tokens.VerifyAsync(workshop.WorkshopId, t, ct) is not null);
    }

    /// <summary>Why a genuine token no longer lets its holder in: removed (P6), signed out by another facilitator, or unknown.</summary>
    private static RejectionCode WhyGone(IReadOnlyList<BoardRoom> boards, Guid participantId)
    {
        var records = boards.Select(b => b.State.Participants.GetValueOrDefault(participantId)).OfType<Participant>().ToList();
        return records.Any(p => p.Removed) ? RejectionCode.ParticipantRemoved
            : records.Any(p => p.Role == ParticipantRole.Facilitator) ? RejectionCode.SignedOut
            : RejectionCode.InvalidToken;
    }

    private static async Task<RejectionCode?> JoinEachAsync(IEnumerable<BoardRoom> boards, Guid participantId, string? name, ParticipantRole role,
        ParticipantLocation location, string? unit, CancellationToken ct)
    {
        foreach (var board in boards)
        {
            var outcome = await board.SubmitAsync(Guid.NewGuid(), participantId, new JoinBoard(participantId, name ?? "", role, location, unit), ct);
            if (outcome.Rejection is { } rejection) return rejection.Code;
        }
        return null;
    }

    /// <summary>The role the request asks for, or null when it presents a secret that does not match.</summary>
    private async ValueTask<ParticipantRole?> WantedRoleAsync(JoinRequest request, WorkshopRecord workshop, CancellationToken ct) =>
        request.FacilitatorSecret is not null
            ? await facilitators.OpensAsync(workshop, request.FacilitatorSecret, ct) ? ParticipantRole.Facilitator : null
        : request.ObserverSecret is not null
            ? FacilitatorSecrets.Matches(request.ObserverSecret, workshop.ObserverSecretHash) ? ParticipantRole.Observer : null
        : ParticipantRole.Participant;
}
