using System.Globalization;
using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.FollowUp;

/// <summary>
/// The follow-up page's API (rule A4): an owner opens their items with their personal link, weeks after the class, from a
/// phone, and says how each stands. The link opens that owner's items only.
/// </summary>
public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder app)
    {
        var followUp = app.MapGroup("/api/followup/{token}");
        followUp.MapGet("/", View);
        followUp.MapPost("/items/{actionItemId:guid}", Update);
        return app;
    }

    private static async Task<IResult> View(string token, FollowUpLinks links, IBoardStore store, BoardRooms rooms,
        JoinAttemptGuard guard, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        var (owner, workshop, boards, failure) = await OpenAsync(token, links, store, rooms, guard, http, ct);
        if (failure is not null) return Error(failure.Value, messages);
        var items = boards.SelectMany(b => b.State.Actions.Values.Where(owner!.Owns).Select(a => Item(b.State.BoardId, b.State.GroupNumber, a)))
            .OrderBy(i => i.Due ?? DateOnly.MaxValue).ToList();
        var name = boards.SelectMany(b => b.State.Actions.Values).FirstOrDefault(owner!.Owns)?.OwnerName
            ?? (owner!.ParticipantId is { } id ? boards.Select(b => b.State.Participants.GetValueOrDefault(id)?.Name).FirstOrDefault(n => n is not null) : owner.Name)
            ?? "";
        return Results.Ok(new FollowUpView(workshop!.Title, workshop.Language, name, items));
    }

    private static async Task<IResult> Update(string token, Guid actionItemId, JsonElement body, FollowUpLinks links, IBoardStore store,
        BoardRooms rooms, JoinAttemptGuard guard, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<FollowUpUpdate>(body, out var update) || update.OpId == Guid.Empty)
            return Error(RejectionCode.MalformedMessage, messages);
        var (owner, _, boards, failure) = await OpenAsync(token, links, store, rooms, guard, http, ct);
        if (failure is not null) return Error(failure.Value, messages);
        var board = boards.FirstOrDefault(b => b.State.Actions.TryGetValue(actionItemId, out var a) && owner!.Owns(a));
        if (board is null) return Error(RejectionCode.ActionItemNotFound, messages); // someone else's item is not there for this link
        var outcome = await board.SubmitAsync(update.OpId, owner!.ParticipantId ?? Guid.Empty,
            new RecordOwnerProgress(actionItemId, update.Status, update.Progress), ct);
        if (outcome.Rejection is { } rejection) return Error(rejection.Code, messages);
        return Results.Ok(Item(board.BoardId, board.State.GroupNumber, board.State.Actions[actionItemId]));
    }

    private static async Task<(ActionOwnerKey? Owner, WorkshopRecord? Workshop, IReadOnlyList<BoardRoom> Boards, RejectionCode? Failure)> OpenAsync(
        string token, FollowUpLinks links, IBoardStore store, BoardRooms rooms, JoinAttemptGuard guard, HttpContext http, CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress?.ToString();
        if (guard.IsBlocked(address)) return (null, null, [], RejectionCode.TooManyAttempts);
        if (await links.VerifyAsync(token, ct) is not var (workshopId, owner) || await store.FindWorkshopAsync(workshopId, ct) is not { } workshop)
        {
            guard.RecordFailure(address); // a forged link is a guess
            return (null, null, [], RejectionCode.InvalidFollowUpLink);
        }
        return (owner, workshop, await rooms.OfAsync(workshop, ct), null);
    }

    private static FollowUpItem Item(Guid boardId, int group, ActionItem a) =>
        new(boardId, group, a.Id, a.What, a.Due, a.Status, a.Progress, a.UpdatedAt);

    private static IResult Error(RejectionCode code, RejectionMessages messages) => Results.Json(
        new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture)),
        statusCode: code switch
        {
            RejectionCode.TooManyAttempts => StatusCodes.Status429TooManyRequests,
            RejectionCode.InvalidFollowUpLink or RejectionCode.ActionItemNotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        });
}
