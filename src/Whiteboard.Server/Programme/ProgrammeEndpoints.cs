using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.FollowUp;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Office;
using Whiteboard.Server.Reports;

namespace Whiteboard.Server.Programme;

/// <summary>
/// The programme's numbers (数据看板), facilitator records and open action items across workshops (rules PN1–PN8), behind
/// the office key or a facilitator link (<see cref="ProgrammeOnly"/>): the office sees every workshop, a facilitator theirs.
/// Texts in exports are in the reader's language (the request's culture).
/// </summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgramme(this IEndpointRouteBuilder app)
    {
        var programme = app.MapGroup("/api/programme").AddEndpointFilter<ProgrammeOnly>();
        programme.MapGet("/numbers", Numbers);
        programme.MapGet("/facilitators", Facilitators);
        programme.MapGet("/actions", Actions);
        return app;
    }

    private static async Task<IResult> Numbers(DateOnly? from, DateOnly? to, string? format, string? table, ProgrammeReader reader,
        ApiErrors errors, IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var today = ReportWords.Today(time.GetUtcNow());
        if (Period(from, to, today) is not { } period) return errors.Error(RejectionCode.MalformedMessage);
        var workshops = await reader.WorkshopsAsync(ProgrammeOnly.Caller(http), ct);
        var numbers = ProgrammeNumbers.Of(workshops, await reader.CasesAsync(ct), period, today);
        var t = Words(localizer);
        return (format ?? "json", table ?? "summary") switch
        {
            ("json", _) => Results.Ok(numbers),
            ("svg", _) => Results.Text(ProgrammeCharts.Svg(numbers, new ProgrammeChartLabels(t["WorkshopsByMonth"], t["TraineesByMonth"],
                t["CompletionByUnit"], t["NoUnit"], t["NoData"])), "image/svg+xml"),
            ("csv", "summary") => Csv(ProgrammeCsv.Summary(numbers, t), "numbers", period),
            ("csv", "units") => Csv(ProgrammeCsv.Completion(numbers.ByUnit, t["Unit"], t["NoUnit"], t), "units", period),
            ("csv", "facilitators") => Csv(ProgrammeCsv.Completion(numbers.ByFacilitator, t["FacilitatorColumn"], t["NoFacilitator"], t),
                "completion-by-facilitator", period),
            ("csv", "months") => Csv(ProgrammeCsv.Months(numbers.Months, t), "months", period),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    /// <summary>Rule PN7: the office sees every facilitator's record; a facilitator their own.</summary>
    private static async Task<IResult> Facilitators(DateOnly? from, DateOnly? to, string? format, ProgrammeReader reader, ApiErrors errors,
        IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        // A record is a career: without a period it covers every day.
        var period = from is null && to is null ? ProgrammePeriod.All : Period(from, to, ReportWords.Today(time.GetUtcNow()));
        if (period is null) return errors.Error(RejectionCode.MalformedMessage);
        var caller = ProgrammeOnly.Caller(http);
        var workshops = await reader.WorkshopsAsync(caller, ct);
        var records = FacilitatorTally.Of(await reader.FacilitatorsAsync(caller, ct), workshops, await reader.CasesAsync(ct), period);
        return (format ?? "json") switch
        {
            "json" => Results.Ok(records),
            "csv" => Csv(ProgrammeCsv.Facilitators(records, Words(localizer)), "facilitators", period),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    /// <summary>Rule PN8: every open item of the caller's workshops, with the link its owner reports through (rule A4).</summary>
    private static async Task<IResult> Actions(string? format, ProgrammeReader reader, FollowUpLinks links, PublicAddress address,
        ApiErrors errors, IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = OpenActions.Of(await reader.WorkshopsAsync(ProgrammeOnly.Caller(http), ct), ReportWords.Today(now));
        var items = new List<OpenActionItem>(open.Count);
        foreach (var a in open)
            items.Add(new OpenActionItem(a, FollowUpLinks.Url(address.BaseUrl(http.Request),
                await links.IssueAsync(a.WorkshopId, ActionOwnerKey.Of(a.OwnerId, a.OwnerName), ct))));
        var t = Words(localizer);
        var workshopOf = open.ToDictionary(a => a.ActionItemId, a => a.WorkshopTitle);
        return (format ?? "json") switch
        {
            "json" => Results.Ok(items),
            "csv" => Results.File(Encoding.UTF8.GetBytes(ProgrammeCsv.OpenActions(items, t)), "text/csv; charset=utf-8", "open-actions.csv"),
            "ics" => Results.File(Encoding.UTF8.GetBytes(ActionsCalendar.Render(t["OpenActions"], items.Select(Overview), t, now,
                    a => $"{workshopOf[a.ActionItemId]} · {t["Group", a.GroupNumber]}")),
                "text/calendar; charset=utf-8", "open-actions.ics"),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    /// <summary>The period asked for; by default the class's current year. Null when it ends before it starts.</summary>
    private static ProgrammePeriod? Period(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var year = ProgrammePeriod.YearOf(today);
        var period = new ProgrammePeriod(from ?? (to is { } end ? new DateOnly(end.Year, 1, 1) : year.From), to ?? (from is null ? year.To : DateOnly.MaxValue));
        return period.IsValid ? period : null;
    }

    private static ActionOverviewItem Overview(OpenActionItem item)
    {
        var a = item.Action;
        return new ActionOverviewItem(a.BoardId, a.GroupNumber, a.ActionItemId, a.What, a.OwnerName, a.OwnerId is not null, a.Due, a.Status,
            a.Progress, a.UpdatedAt, a.Overdue, item.FollowUpUrl);
    }

    /// <summary>The reader's language: the request's culture (query, cookie or Accept-Language), Chinese by default.</summary>
    private static ReportWords Words(IStringLocalizer<ReportText> localizer) =>
        new(localizer, BoardLanguageCulture.Parse(CultureInfo.CurrentUICulture.Name));

    private static IResult Csv(string csv, string name, ProgrammePeriod period) =>
        Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8",
            period == ProgrammePeriod.All ? $"{name}.csv" : $"{name}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
}
