using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.FollowUp;

/// <summary>What a follow-up link opens: the owner, their workshop and its boards; a forged link spends a guess (rule S4).</summary>
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
        return (new OpenedFollowUp(owner, workshop, await rooms.OfAsync(workshop, ct)), null);
    }
}
