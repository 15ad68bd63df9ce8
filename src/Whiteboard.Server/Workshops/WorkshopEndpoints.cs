using System.Text.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Workshops;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Office;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// The HTTP API (docs/PROTOCOL.md): workshops, and the quick single board (a one-group open-brainstorm workshop). What a
/// code alone opens is what any participant may see; exports and deleting need the facilitator secret
/// (<see cref="FacilitatorOnly"/>). Creating is rate limited per address (<see cref="RequestLimits.Creating"/>).
/// </summary>
public static class WorkshopEndpoints
{
    public static IEndpointRouteBuilder MapWorkshops(this IEndpointRouteBuilder app)
    {
        var workshops = app.MapGroup("/api/workshops");
        workshops.MapPost("/", CreateWorkshop).RequireRateLimiting(RequestLimits.Creating);
        workshops.MapGet("/{code}", Summary);
        workshops.MapGet("/{code}/qr.svg", QrCode);
        var facilitator = workshops.MapGroup("/{code}").AddEndpointFilter<FacilitatorOnly>();
        facilitator.MapGet("/export", ExportWorkshop);
        facilitator.MapDelete("/", DeleteWorkshop);
        var boards = app.MapGroup("/api/boards");
        boards.MapPost("/", CreateBoard).RequireRateLimiting(RequestLimits.Creating);
        boards.MapGet("/{code}", BoardInfo);
        boards.MapGroup("/{code}").AddEndpointFilter<FacilitatorOnly>().MapGet("/export", ExportBoard);
        return app;
    }

    private static async Task<IResult> CreateWorkshop(JsonElement body, WorkshopCreator creator, WorkshopAccess access, ApiErrors errors,
        BoardRooms rooms, PublicAddress address, ProgrammeAccess programme, HttpContext context, CancellationToken ct)
    {
        var http = context.Request;
        if (!IncomingMessage.TryRead<CreateWorkshopRequest>(body, out var request)) return errors.Error(RejectionCode.MalformedMessage);
        var (owner, notCreator) = await programme.CreatorAsync(context);
        if (notCreator is not null) return notCreator;
        IReadOnlyList<CarriedAction> carried = [];
        if (request.FromCode is { } fromCode)
        {
            // A8: a follow-on workshop, with the earlier one's facilitator secret, brings its open action items along.
            var (earlier, error) = await access.AsFacilitatorAsync(fromCode, context, ct, request.FromFacilitatorSecret ?? "");
            if (earlier is null) return error!;
            carried = CarriedAction.OpenFrom((await rooms.OfAsync(earlier, ct)).Select(b => b.State));
        }
        var flow = WorkshopFlows.Chosen(request);
        if (request.Design is { } design && FlowRules.Check(design) is { } unfit) return errors.Error(unfit); // F2, F4
        if (request.Flow is not null && flow is null) return errors.Error(RejectionCode.FlowNotFound);
        var template = flow is null ? request.Template : WorkshopTemplate.ActionLearning; // a flow is run by its facilitator
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, template, request.Groups, ct, carried, flow, owner);
        if (rejection is not null) return errors.Error(rejection.Code);
        var join = address.JoinUrl(http, created!.Record.Code);
        return Results.Created($"/api/workshops/{created.Record.Code}", new CreateWorkshopResponse(created.Record.WorkshopId,
            created.Record.Code, join, $"{join}#facilitator={created.FacilitatorSecret}", $"{join}#observer={created.ObserverSecret}",
            [.. created.Record.BoardIds.Select((id, i) => new GroupInfo(id, i + 1))]));
    }

    private static async Task<IResult> CreateBoard(JsonElement body, WorkshopCreator creator, ApiErrors errors, PublicAddress address,
        ProgrammeAccess programme, HttpContext context, CancellationToken ct)
    {
        var http = context.Request;
        if (!IncomingMessage.TryRead<CreateBoardRequest>(body, out var request)) return errors.Error(RejectionCode.MalformedMessage);
        var (owner, notCreator) = await programme.CreatorAsync(context);
        if (notCreator is not null) return notCreator;
        var (created, rejection) = await creator.CreateAsync(request.Title, request.Language, WorkshopTemplate.OpenBrainstorm, 1, ct,
            facilitatorId: owner);
        if (rejection is not null) return errors.Error(rejection.Code);
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

    private static async Task<IResult> ExportWorkshop(BoardRooms rooms, TimeProvider time, HttpContext http, CancellationToken ct) =>
        Results.Ok(await WorkshopExport.OfAsync(FacilitatorOnly.Workshop(http), rooms, time.GetUtcNow(), ct));

    private static async Task<IResult> ExportBoard(BoardRooms rooms, HttpContext http, CancellationToken ct) =>
        Results.Ok(BoardExport.Of(Visibility.Snapshot((await rooms.OfAsync(FacilitatorOnly.Workshop(http), ct))[0].State, Viewer.AnyFacilitator)));

    /// <summary>The facilitator deletes the workshop and everything in it (trainees' names are personal information).</summary>
    private static async Task<IResult> DeleteWorkshop(WorkshopDeleting deleting, HttpContext http, CancellationToken ct)
    {
        await deleting.DeleteAsync(FacilitatorOnly.Workshop(http), ct);
        return Results.NoContent();
    }

    private static async Task<IResult> QrCode(string code, WorkshopAccess access, PublicAddress address, HttpContext http, CancellationToken ct)
    {
        var (workshop, error) = await access.FindAsync(code, http, ct);
        if (workshop is null) return error!;
        return Results.Text(JoinQrCode.Svg(address.JoinUrl(http.Request, workshop.Code)), "image/svg+xml");
    }
}
