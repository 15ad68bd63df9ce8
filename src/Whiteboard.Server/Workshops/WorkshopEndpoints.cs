using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and the quick single board (a one-group open-brainstorm workshop).
/// Exports show what the asker may see: everything a facilitator sees with the facilitator secret
/// (header <c>X-Facilitator-Secret</c>), otherwise what any participant sees.
/// </summary>
public static class WorkshopEndpoints
{
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

    private static async Task<IResult> CreateWorkshop(JsonElement body, WorkshopCreator creator, WorkshopAccess access, BoardRooms rooms,
        PublicAddress address, HttpContext context, CancellationToken ct)
    {
        var http = context.Request;
        if (!IncomingMessage.TryRead<CreateWorkshopRequest>(body, out var request)) return access.Error(RejectionCode.MalformedMessage);
        IReadOnlyList<CarriedAction> carried = [];
        if (request.FromCode is { } fromCode)
        {
            // A8: a follow-on workshop, with the earlier one's facilitator secret, brings its open action items along.
            var (earlier, _, error) = await access.AsViewerAsync(fromCode, context, facilitatorOnly: true, ct, request.FromFacilitatorSecret ?? "");
            if (earlier is null) return error!;
            carried = [.. (await rooms.OfAsync(earlier, ct)).SelectMany(b => b.State.Actions.Values.Where(a => a.IsOpen)
                .Select(a => new CarriedAction(a.Id, b.State.GroupNumber, a.What, a.OwnerName, a.Due, a.Status, a.Progress)))];
        }
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, request.Template, request.Groups, ct, carried);
        if (rejection is not null) return access.Error(rejection.Code);
        var join = address.JoinUrl(http, created!.Record.Code);
        return Results.Created($"/api/workshops/{created.Record.Code}", new CreateWorkshopResponse(created.Record.WorkshopId,
            created.Record.Code, join, $"{join}#facilitator={created.FacilitatorSecret}", $"{join}#observer={created.ObserverSecret}",
            [.. created.Record.BoardIds.Select((id, i) => new GroupInfo(id, i + 1))]));
    }

    private static async Task<IResult> CreateBoard(JsonElement body, WorkshopCreator creator, WorkshopAccess access, PublicAddress address,
        HttpRequest http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CreateBoardRequest>(body, out var request)) return access.Error(RejectionCode.MalformedMessage);
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, WorkshopTemplate.OpenBrainstorm, 1, ct);
        if (rejection is not null) return access.Error(rejection.Code);
        var join = address.JoinUrl(http, created!.Record.Code);
        return Results.Created($"/api/boards/{created.Record.Code}", new CreateBoardResponse(created.Record.BoardIds[0],
            created.Record.Code, join, $"{join}#facilitator={created.FacilitatorSecret}"));
    }

    private static async Task<IResult> Summary(string code, WorkshopAccess access, BoardRooms rooms, HttpContext http, CancellationToken ct)
    {
        var (workshop, error) = await access.FindAsync(code, http, ct);
        if (workshop is null) return error!;
        var boards = await rooms.OfAsync(workshop, ct);
        return Results.Ok(new WorkshopSummary(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language,
            workshop.Template, [.. boards.Select(b => Visibility.Snapshot(b.State, Viewer.AnyParticipant)).Select(s =>
                new GroupSummary(s.BoardId, s.GroupNumber, s.Participants.Values.Count(p => p.Active), s.Notes.Count, s.CurrentStage?.Id))]));
    }

    private static async Task<IResult> BoardInfo(string code, WorkshopAccess access, BoardRooms rooms, HttpContext http, CancellationToken ct)
    {
        var (workshop, error) = await access.FindAsync(code, http, ct);
        if (workshop is null) return error!;
        var board = Visibility.Snapshot((await rooms.OfAsync(workshop, ct))[0].State, Viewer.AnyParticipant);
        return Results.Ok(new BoardInfo(board.BoardId, workshop.Code, board.Title, board.Language,
            board.Participants.Values.Count(p => p.Active), board.Notes.Count));
    }

    private static async Task<IResult> ExportWorkshop(string code, WorkshopAccess access, BoardRooms rooms, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var (workshop, viewer, error) = await access.AsViewerAsync(code, http, facilitatorOnly: false, ct);
        if (workshop is null) return error!;
        var boards = await rooms.OfAsync(workshop, ct);
        return Results.Ok(new WorkshopExport(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language.CultureName(),
            workshop.Template.ToString(), time.GetUtcNow(), [.. boards.Select(b => BoardExport.Of(Visibility.Snapshot(b.State, viewer)))]));
    }

    private static async Task<IResult> ExportBoard(string code, WorkshopAccess access, BoardRooms rooms, HttpContext http, CancellationToken ct)
    {
        var (workshop, viewer, error) = await access.AsViewerAsync(code, http, facilitatorOnly: false, ct);
        if (workshop is null) return error!;
        return Results.Ok(BoardExport.Of(Visibility.Snapshot((await rooms.OfAsync(workshop, ct))[0].State, viewer)));
    }

    private static async Task<IResult> QrCode(string code, WorkshopAccess access, PublicAddress address, HttpContext http, CancellationToken ct)
    {
        var (workshop, error) = await access.FindAsync(code, http, ct);
        if (workshop is null) return error!;
        return Results.Text(JoinQrCode.Svg(address.JoinUrl(http.Request, workshop.Code)), "image/svg+xml");
    }
}
