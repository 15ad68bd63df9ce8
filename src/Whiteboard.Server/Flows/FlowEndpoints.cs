using System.Text.Json;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Reports;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Flows;

/// <summary>
/// The method library (rule F1) for anyone creating a workshop, and for the workshop's facilitator its flow with the guides
/// (rule F3), revised while it runs (rule F5), and a printable run sheet (<see cref="FacilitatorOnly"/>).
/// </summary>
public static class FlowEndpoints
{
    public static IEndpointRouteBuilder MapFlows(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", Library);
        var workshop = app.MapGroup("/api/workshops/{code}").AddEndpointFilter<FacilitatorOnly>();
        workshop.MapGet("/flow", WorkshopFlow);
        workshop.MapPut("/flow", ReviseFlow);
        workshop.MapGet("/runsheet", RunSheetOf);
        return app;
    }

    private static IResult Library() => Results.Ok(FlowLibrary.All.Select(FlowSummary.Of).ToList());

    private static IResult WorkshopFlow(ApiErrors errors, HttpContext http) =>
        WorkshopFlows.Of(FacilitatorOnly.Workshop(http)) is { } flow ? Results.Ok(flow) : errors.Error(RejectionCode.FlowNotFound);

    /// <summary>Rule F5: the steps still to come revised while the workshop runs; a step that ran refuses it, with why.</summary>
    private static async Task<IResult> ReviseFlow(JsonElement body, FlowRevising revising, ApiErrors errors, HttpContext http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<ReviseFlowRequest>(body, out var request) || request.OpId == Guid.Empty || request.Flow is null)
            return errors.Error(RejectionCode.MalformedMessage);
        if (await revising.ReviseAsync(FacilitatorOnly.Workshop(http), request, ct) is { } refused) return errors.Error(refused);
        return Results.Ok(request.Flow);
    }

    private static IResult RunSheetOf(ApiErrors errors, IStringLocalizer<ReportText> localizer, HttpContext http)
    {
        var workshop = FacilitatorOnly.Workshop(http);
        if (WorkshopFlows.Of(workshop) is not { } flow) return errors.Error(RejectionCode.FlowNotFound);
        return Results.Text(RunSheet.Render(workshop.Title, flow, new ReportWords(localizer, workshop.Language)), "text/html; charset=utf-8");
    }
}
