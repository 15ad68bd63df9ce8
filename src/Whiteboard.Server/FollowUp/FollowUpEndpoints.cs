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
        var (owner, workshop, boards) = opened;
        var items = boards.SelectMany(b => b.State.Actions.Values.Where(owner.Owns).Select(a => Item(b.State.BoardId, b.State.GroupNumber, a)))
            .OrderBy(i => i.Due ?? DateOnly.MaxValue).ToList();
        var name = boards.SelectMany(b => b.State.Actions.Values).FirstOrDefault(owner.Owns)?.OwnerName
            ?? (owner.ParticipantId is { } id ? boards.Select(b => b.State.Participants.GetValueOrDefault(id)?.Name).FirstOrDefault(n => n is not null) : owner.Name)
            ?? "";
        return Results.Ok(new FollowUpView(workshop.Title, workshop.Language, name, items));
    }

    private static async Task<IResult> Update(string token, Guid actionItemId, JsonElement body, FollowUpOpening opening, HttpContext http,
        CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<FollowUpUpdate>(body, out var update) || update.OpId == Guid.Empty)
            return opening.Errors.Error(RejectionCode.MalformedMessage);
        var (opened, error) = await opening.OpenAsync(token, http, ct);
        if (opened is null) return error!;
        var board = opened.Boards.FirstOrDefault(b => b.State.Actions.TryGetValue(actionItemId, out var a) && opened.Owner.Owns(a));
        if (board is null) return opening.Errors.Error(RejectionCode.ActionItemNotFound); // someone else's item is not there for this link
        var outcome = await board.SubmitAsync(update.OpId, opened.Owner.ParticipantId ?? Guid.Empty,
            new RecordOwnerProgress(actionItemId, update.Status, update.Progress), ct);
        if (outcome.Rejection is { } rejection) return opening.Errors.Error(rejection.Code);
        return Results.Ok(Item(board.BoardId, board.State.GroupNumber, board.State.Actions[actionItemId]));
    }

    private static string Header(HttpContext http) => http.Request.Headers[CredentialHeaders.FollowUpToken].ToString();

    private static FollowUpItem Item(Guid boardId, int group, ActionItem a) =>
        new(boardId, group, a.Id, a.What, a.Due, a.Status, a.Progress, a.UpdatedAt);
}
