using Whiteboard.Core.Programme;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.FollowUp;

/// <summary>
/// What a follow-up link opens: the owner, their workshop and its boards, and the boards of every other workshop where the
/// same person may own items (rule PN9); a forged link spends a guess (rule S4).
/// </summary>
public sealed class FollowUpOpening(FollowUpLinks links, IBoardStore store, BoardRooms rooms, WorkshopLookup lookup, ApiErrors errors)
{
    public ApiErrors Errors => errors;

    public async Task<(OpenedFollowUp? Opened, IResult? Error)> OpenAsync(string token, HttpContext http, CancellationToken ct)
    {
        if (await links.VerifyAsync(token, ct) is not var (workshopId, owner))
        {
            var wait = await lookup.SpendGuessAsync(ClientAddress.Of(http), ct);
            return (null, errors.Error(wait is null ? RejectionCode.InvalidFollowUpLink : RejectionCode.TooManyAttempts, wait));
        }
        if (await store.FindWorkshopAsync(workshopId, ct) is not { } workshop)
            return (null, errors.Error(RejectionCode.InvalidFollowUpLink)); // a genuine link of a deleted workshop
        var boards = (await rooms.OfAsync(workshop, ct)).Select(r => new FollowUpBoard(workshop, r)).ToList();
        var person = Person(workshop, owner, boards);
        // Rule PN9: without a unit the person is known only within the link's workshop; nothing else to read.
        if (!string.IsNullOrWhiteSpace(person.Unit))
            foreach (var other in await store.WorkshopsAsync(ct))
                if (other.WorkshopId != workshop.WorkshopId)
                    boards.AddRange((await rooms.OfAsync(other, ct)).Select(r => new FollowUpBoard(other, r)));
        return (new OpenedFollowUp(owner, person, workshop, boards), null);
    }

    /// <summary>Who the link was issued for: their name as their items (or their joining) give it, and the unit they gave.</summary>
    private static ActionPerson Person(WorkshopRecord workshop, ActionOwnerKey owner, IReadOnlyList<FollowUpBoard> boards)
    {
        var states = boards.Select(b => b.Room.State).ToList();
        var name = states.SelectMany(s => s.Actions.Values).FirstOrDefault(owner.Owns)?.OwnerName
            ?? (owner.ParticipantId is { } id ? states.Select(s => s.Participants.GetValueOrDefault(id)?.Name).FirstOrDefault(n => n is not null) : owner.Name)
            ?? "";
        var unit = owner.ParticipantId is null ? null
            : states.Select(s => OwnerUnits.Of(s, owner.ParticipantId)).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        return new ActionPerson(workshop.WorkshopId, owner.ParticipantId, name, unit);
    }
}
