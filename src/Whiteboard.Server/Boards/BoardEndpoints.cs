using System.Globalization;
using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Localization;

namespace Whiteboard.Server.Boards;

/// <summary>The boards' HTTP API (docs/PROTOCOL.md): create, look up by code, export.</summary>
public static class BoardEndpoints
{
    public static IEndpointRouteBuilder MapBoards(this IEndpointRouteBuilder app)
    {
        var boards = app.MapGroup("/api/boards");
        boards.MapPost("/", Create);
        boards.MapGet("/{code}", Info);
        boards.MapGet("/{code}/export", Export);
        return app;
    }

    private static async Task<IResult> Create(JsonElement body, BoardCreator creator, RejectionMessages messages, HttpRequest http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CreateBoardRequest>(body, out var request))
            return Error(RejectionCode.MalformedMessage, StatusCodes.Status400BadRequest, messages);
        var (board, rejection) = await creator.CreateAsync(request.Title, BoardLanguageCulture.Parse(request.Language), ct);
        if (rejection is not null) return Error(rejection.Code, StatusCodes.Status400BadRequest, messages);
        var joinUrl = $"{http.Scheme}://{http.Host}{http.PathBase}/b/{board!.Code}";
        return Results.Created($"/api/boards/{board.Code}",
            new CreateBoardResponse(board.BoardId, board.Code, joinUrl, $"{joinUrl}#facilitator={board.FacilitatorSecret}"));
    }

    private static async Task<IResult> Info(string code, BoardLookup lookup, RejectionMessages messages, HttpContext http, CancellationToken ct)
    {
        var (record, room, failure) = await lookup.FindAsync(code, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (failure is { } f) return Error(f, StatusFor(f), messages);
        var s = room!.State;
        return Results.Ok(new BoardInfo(s.BoardId, record!.Code, s.Title, s.Language.CultureName(), s.Participants.Count, s.Notes.Count));
    }

    private static async Task<IResult> Export(string code, BoardLookup lookup, RejectionMessages messages, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (record, room, failure) = await lookup.FindAsync(code, http.Connection.RemoteIpAddress?.ToString(), ct);
        if (failure is { } f) return Error(f, StatusFor(f), messages);
        return Results.Ok(BoardExport.Of(room!.State, record!.Code, time.GetUtcNow()));
    }

    private static int StatusFor(RejectionCode code) =>
        code == RejectionCode.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status404NotFound;

    private static IResult Error(RejectionCode code, int status, RejectionMessages messages) =>
        Results.Json(new ApiError(code, messages.For(code, CultureInfo.CurrentUICulture)), statusCode: status);
}
