using Microsoft.Extensions.Localization;
using Whiteboard.Core.Insights;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Reports;
using Whiteboard.Server.Boards;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Reports;

/// <summary>
/// What a facilitator takes home, all behind the facilitator secret (<see cref="FacilitatorOnly"/>): the case report (Markdown, print-ready
/// HTML, JSON), the action items (JSON with follow-up links, CSV, iCalendar, printable follow-up slips), the participation insight (JSON, SVG
/// charts) and a board's history for the replay.
/// </summary>
public static class ReportEndpoints
{
    private const int HistoryPage = 500;

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var workshops = app.MapGroup("/api/workshops/{code}").AddEndpointFilter<FacilitatorOnly>();
        workshops.MapGet("/report", Report);
        workshops.MapGet("/actions", Actions);
        workshops.MapGet("/insight", Insight);
        workshops.MapGet("/boards/{boardId:guid}/history", History);
        return app;
    }

    private static async Task<IResult> Report(string? format, Guid? board, ApiErrors errors, BoardRooms rooms,
        IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var workshop = FacilitatorOnly.Workshop(http);
        var states = (await rooms.OfAsync(workshop, ct)).Select(r => r.State).Where(s => board is null || s.BoardId == board).ToList();
        if (states.Count == 0) return errors.Error(RejectionCode.BoardNotFound);
        var now = time.GetUtcNow();
        var report = CaseReports.Build(workshop.Title, workshop.Language, states, now);
        var words = new ReportWords(localizer, workshop.Language);
        return (format ?? "html") switch
        {
            "md" => Results.Text(MarkdownReport.Render(report, words), "text/markdown; charset=utf-8"),
            "json" => Results.Ok(report),
            "html" => Results.Text(HtmlReport.Render(report, states, ParticipationInsight.Of(states, workshop.Language), words,
                ReportWords.Today(now)), "text/html; charset=utf-8"),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    private static async Task<IResult> Actions(string? format, ApiErrors errors, BoardRooms rooms, FollowUpLinks links,
        PublicAddress address, IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var workshop = FacilitatorOnly.Workshop(http);
        var now = time.GetUtcNow();
        var today = ReportWords.Today(now);
        var items = new List<ActionOverviewItem>();
        foreach (var room in await rooms.OfAsync(workshop, ct))
            foreach (var a in room.State.Actions.Values.OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt))
                items.Add(new ActionOverviewItem(room.BoardId, room.State.GroupNumber, a.Id, a.What, a.OwnerName, a.OwnerId is not null, a.Due,
                    a.Status, a.Progress, a.UpdatedAt, a.IsOverdue(today),
                    FollowUpLinks.Url(address.BaseUrl(http.Request), await links.IssueAsync(workshop.WorkshopId, ActionOwnerKey.Of(a), ct))));
        var words = new ReportWords(localizer, workshop.Language);
        return (format ?? "json") switch
        {
            "json" => Results.Ok(items),
            "csv" => Results.File(System.Text.Encoding.UTF8.GetBytes(ActionsCsv.Render(items, words)), "text/csv; charset=utf-8", $"actions-{workshop.Code}.csv"),
            "ics" => Results.File(System.Text.Encoding.UTF8.GetBytes(ActionsCalendar.Render(workshop.Title, items, words, now)),
                "text/calendar; charset=utf-8", $"actions-{workshop.Code}.ics"),
            "slips" => Results.Text(FollowUpSlips.Render(workshop.Title, items, words), "text/html; charset=utf-8"),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    private static async Task<IResult> Insight(string? format, Guid? board, ApiErrors errors, BoardRooms rooms,
        IStringLocalizer<ReportText> localizer, HttpContext http, CancellationToken ct)
    {
        var workshop = FacilitatorOnly.Workshop(http);
        var states = (await rooms.OfAsync(workshop, ct)).Select(r => r.State).OrderBy(b => b.GroupNumber).ToList();
        if (format != "svg") return Results.Ok(ParticipationInsight.Of(states, workshop.Language));
        // One group's chart: only that group's numbers are worked out (the insight page asks for every group's in turn).
        if (states.FirstOrDefault(b => board is null || b.BoardId == board) is not { } state) return errors.Error(RejectionCode.BoardNotFound);
        var group = ParticipationInsight.Of([state], workshop.Language).Groups[0];
        var t = new ReportWords(localizer, workshop.Language);
        return Results.Text(InsightCharts.Svg(group, new ChartLabels(t["NotesPerPerson"], t["AnonymousBar"], t["StageMinutes"], t["TopThird"],
            t["Group", group.GroupNumber], t["NoData"])), "image/svg+xml");
    }

    /// <summary>A board's events from the start, as a facilitator saw them, for the replay in the browser.</summary>
    private static async Task<IResult> History(Guid boardId, long? after, ApiErrors errors, BoardRooms rooms, HttpContext http, CancellationToken ct)
    {
        var workshop = FacilitatorOnly.Workshop(http);
        if (!workshop.BoardIds.Contains(boardId) || await rooms.FindAsync(boardId, ct) is not { } room) return errors.Error(RejectionCode.BoardNotFound);
        return Results.Ok(await room.HistoryAsync(after ?? 0, HistoryPage, Viewer.AnyFacilitator, ct));
    }
}
