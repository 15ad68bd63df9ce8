using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.FollowUp;

/// <summary>
/// The follow-up page's API (rule A4): an owner opens their items with their personal link, weeks after the class, from a
/// phone, and says how each stands. The link opens that owner's items only. The token comes in the
/// <c>X-Follow-Up-Token</c> header, so access logs never keep it; the older form with the token in the path still works.
/// A forged token is a guess (rule S4); a genuine one is never throttled.
/// </summary>
public static class FollowUpEndpoints
{
    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder app)
    {
        var followUp = app.MapGroup("/api/followup");
        followUp.MapGet("/", (HttpContext http, FollowUpOpening opening, CancellationToken ct) => View(Header(http), opening, http, ct));
        followUp.MapPost("/items/{actionItemId:guid}", (Guid actionItemId, JsonElement body, HttpContext http, FollowUpOpening opening, CancellationToken ct)
            => Update(Header(http), actionItemId, body, opening, http, ct));
        followUp.MapGet("/{token}", (string token, HttpContext http, FollowUpOpening opening, CancellationToken ct) => View(token, opening, http, ct));
        followUp.MapPost("/{token}/items/{actionItemId:guid}", (string token, Guid actionItemId, JsonElement body, HttpContext http,
            FollowUpOpening opening, CancellationToken ct) => Update(token, actionItemId, body, opening, http, ct));
        return app;
    }

    private static async Task<IResult> View(string token, FollowUpOpening opening, HttpContext http, CancellationToken ct)
    {
        var (opened, error) = await opening.OpenAsync(token, http, ct);
        if (opened is null) return error!;
        var items = opened.Boards.SelectMany(b => b.Room.State.Actions.Values.Where(a => opened.Owns(b, a)).Select(a => Item(b, opened.Workshop, a)))
            .OrderBy(i => i.Due ?? DateOnly.MaxValue).ToList();
        return Results.Ok(new FollowUpView(opened.Workshop.Title, opened.Workshop.Language, opened.Person.Name, items));
    }

    private static async Task<IResult> Update(string token, Guid actionItemId, JsonElement body, FollowUpOpening opening, HttpContext http,
        CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<FollowUpUpdate>(body, out var update) || update.OpId == Guid.Empty)
            return opening.Errors.Error(RejectionCode.MalformedMessage);
        var (opened, error) = await opening.OpenAsync(token, http, ct);
        if (opened is null) return error!;
        // Rules A4, PN9: the same check as the view, so the link updates exactly the items it shows.
        var board = opened.Boards.FirstOrDefault(b => b.Room.State.Actions.TryGetValue(actionItemId, out var a) && opened.Owns(b, a));
        if (board is null) return opening.Errors.Error(RejectionCode.ActionItemNotFound); // someone else's item is not there for this link
        // The owner reports as who the item names on its board (rule A4); a name typed in free text is nobody there.
        var actor = board.Room.State.Actions[actionItemId].OwnerId ?? Guid.Empty;
        var outcome = await board.Room.SubmitAsync(update.OpId, actor, new RecordOwnerProgress(actionItemId, update.Status, update.Progress), ct);
        if (outcome.Rejection is { } rejection) return opening.Errors.Error(rejection.Code);
        return Results.Ok(Item(board, opened.Workshop, board.Room.State.Actions[actionItemId]));
    }

    private static string Header(HttpContext http) => http.Request.Headers[CredentialHeaders.FollowUpToken].ToString();

    /// <summary>An item of another workshop than the link's names its workshop (rule PN9).</summary>
    private static FollowUpItem Item(FollowUpBoard board, WorkshopRecord linked, ActionItem a) =>
        new(board.Room.BoardId, board.Room.State.GroupNumber, a.Id, a.What, a.Due, a.Status, a.Progress, a.UpdatedAt,
            board.Workshop.WorkshopId == linked.WorkshopId ? null : board.Workshop.Title);
}
