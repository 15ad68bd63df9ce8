using System.Globalization;
using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Localization;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and the quick single board (a one-group open-brainstorm workshop).
/// Exports show what the asker may see: everything a facilitator sees with the facilitator secret
/// (header <c>X-Facilitator-Secret</c>), otherwise what any participant sees.
/// </summary>
public static class WorkshopEndpoints
{
    public const string SecretHeader = "X-Facilitator-Secret";

    public static IEndpointRouteBuilder MapWorkshops(this IEndpointRouteBuilder app)
    {
        var workshops = app.MapGroup("/api/workshops");
        workshops.MapPost("/", CreateWorkshop);
        workshops.MapGet("/{code}", Summary);
        workshops.MapGet("/{code}/export", ExportWorkshop);
        workshops.MapGet("/{code}/qr.svg", QrCode);
        var boards = app.MapGroup("/api/boards");
        boards.MapPost("/", CreateBoard);
        boards.MapGet("/{code}", BoardInfo);
        boards.MapGet("/{code}/export", ExportBoard);
        return app;
    }

    private static async Task<IResult> CreateWorkshop(JsonElement body, WorkshopCreator creator, RejectionMessages messages, PublicAddress address, HttpRequest http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CreateWorkshopRequest>(body, out var request))
            return Error(RejectionCode.MalformedMessage, StatusCodes.Status400BadRequest, messages);
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, request.Template, request.Groups, ct);
        if (rejection is not null) return Error(rejection.Code, StatusCodes.Status400BadRequest, messages);
        var join = address.JoinUrl(http, created!.Record.Code);
        return Results.Created($"/api/workshops/{created.Record.Code}", new CreateWorkshopResponse(created.Record.WorkshopId,
            created.Record.Code, join, $"{join}#facilitator={created.FacilitatorSecret}", $"{join}#observer={created.ObserverSecret}",
            [.. created.Record.BoardIds.Select((id, i) => new GroupInfo(id, i + 1))]));
    }

    private static async Task<IResult> CreateBoard(JsonElement body, WorkshopCreator creator, RejectionMessages messages, PublicAddress address, HttpRequest http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CreateBoardRequest>(body, out var request))
            return Error(RejectionCode.MalformedMessage, StatusCodes.Status400BadRequest, messages);
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, WorkshopTemplate.OpenBrainstorm, 1, ct);
        if (rejection is not null) return Error(rejection.Code, StatusCodes.Status400BadRequest, messages);
        var join = address.JoinUrl(http, created!.Record.Code);
        return Results.Created($"/api/boards/{created.Record.Code}", new CreateBoardResponse(created.Record.BoardIds[0],
            created.Record.Code, join, $"{join}#facilitator={created.FacilitatorSecret}"));
    }

    private static async Task<IResult> Summary(string code, WorkshopLookup lookup, BoardRooms rooms, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(code, Address(http), ct);
        if (workshop is null) return Error(failure!.Value, StatusFor(failure.Value), messages);
        var boards = await rooms.OfAsync(workshop, ct);
        return Results.Ok(new WorkshopSummary(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language,
            workshop.Template, [.. boards.Select(b => Visibility.Snapshot(b.State, Viewer.AnyParticipant)).Select(s =>
                new GroupSummary(s.BoardId, s.GroupNumber, s.Participants.Values.Count(p => p.Active), s.Notes.Count, s.CurrentStage?.Id))]));
    }

    private static async Task<IResult> BoardInfo(string code, WorkshopLookup lookup, BoardRooms rooms, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(code, Address(http), ct);
        if (workshop is null) return Error(failure!.Value, StatusFor(failure.Value), messages);
        var board = Visibility.Snapshot((await rooms.OfAsync(workshop, ct))[0].State, Viewer.AnyParticipant);
        return Results.Ok(new BoardInfo(board.BoardId, workshop.Code, board.Title, board.Language,
            board.Participants.Values.Count(p => p.Active), board.Notes.Count));
    }

    private static async Task<IResult> ExportWorkshop(string code, WorkshopLookup lookup, BoardRooms rooms, RejectionMessages messages,
        TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (workshop, viewer, error) = await Authorise(code, lookup, messages, http, ct);
        if (error is not null) return error;
        var boards = await rooms.OfAsync(workshop!, ct);
        return Results.Ok(new WorkshopExport(workshop!.WorkshopId, workshop.Code, workshop.Title, workshop.Language.CultureName(),
            workshop.Template.ToString(), time.GetUtcNow(), [.. boards.Select(b => BoardExport.Of(Visibility.Snapshot(b.State, viewer)))]));
    }

    private static async Task<IResult> ExportBoard(string code, WorkshopLookup lookup, BoardRooms rooms, RejectionMessages messages,
        HttpContext http, CancellationToken ct)
    {
        var (workshop, viewer, error) = await Authorise(code, lookup, messages, http, ct);
        if (error is not null) return error;
        return Results.Ok(BoardExport.Of(Visibility.Snapshot((await rooms.OfAsync(workshop!, ct))[0].State, viewer)));
    }

    private static async Task<IResult> QrCode(string code, WorkshopLookup lookup, RejectionMessages messages, PublicAddress address, HttpContext http, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(code, Address(http), ct);
        if (workshop is null) return Error(failure!.Value, StatusFor(failure.Value), messages);
        return Results.Text(JoinQrCode.Svg(address.JoinUrl(http.Request, workshop.Code)), "image/svg+xml");
    }

    /// <summary>Who asks for an export: a facilitator (the secret in the header) or anyone with the code.</summary>
    private static async Task<(WorkshopRecord? Workshop, Viewer Viewer, IResult? Error)> Authorise(
        string code, WorkshopLookup lookup, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        var (workshop, failure) = await lookup.FindAsync(code, Address(http), ct);
        if (workshop is null) return (null, default, Error(failure!.Value, StatusFor(failure.Value), messages));
        var secret = http.Request.Headers[SecretHeader].ToString();
        if (secret.Length == 0) return (workshop, Viewer.AnyParticipant, null);
        if (FacilitatorSecrets.Matches(secret, workshop.FacilitatorSecretHash)) return (workshop, Viewer.AnyFacilitator, null);
        lookup.RecordFailure(Address(http));
        return (null, default, Error(RejectionCode.InvalidFacilitatorSecret, StatusCodes.Status403Forbidden, messages));
    }

    private static string? Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();

    private static int StatusFor(RejectionCode code) =>
        code == RejectionCode.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status404NotFound;

    private static IResult Error(RejectionCode code, int status, RejectionMessages messages) =>
        Results.Json(new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture)), statusCode: status);
}
