using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Office;
using Whiteboard.Server.Reports;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Cases;

/// <summary>
/// The case library (rules K1–K6). A workshop's facilitator (its secret, or their link) turns a group's work into a case
/// and edits it from the console; the library — the office, or a facilitator with their link — searches, edits what is
/// theirs, publishes, and prints a collection.
/// </summary>
public static class CaseEndpoints
{
    public static WebApplication MapCases(this WebApplication app)
    {
        var workshop = app.MapGroup("/api/workshops/{code}/cases").AddEndpointFilter<FacilitatorOnly>();
        workshop.MapPost("/", Draft);
        workshop.MapGet("/", OfWorkshop);
        workshop.MapGet("/{id:guid}", OneOfWorkshop);
        workshop.MapPut("/{id:guid}", EditOfWorkshop);
        var library = app.MapGroup("/api/cases").AddEndpointFilter<ProgrammeOnly>();
        library.MapGet("/", Search);
        library.MapGet("/{id:guid}", One);
        library.MapPut("/{id:guid}", Edit);
        library.MapPost("/collection", Collection);
        return app;
    }

    /// <summary>Rule K1: the op id is the case's id, so a retry after a lost answer gives back the same case.</summary>
    private static async Task<IResult> Draft(JsonElement body, IBoardStore store, BoardRooms rooms, CaseReading reading, ApiErrors errors,
        TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<NewCaseRequest>(body, out var request) || request.OpId == Guid.Empty)
            return errors.Error(RejectionCode.MalformedMessage);
        var workshop = FacilitatorOnly.Workshop(http);
        if (await store.FindCaseAsync(request.OpId, ct) is { } made)
            return made.WorkshopId == workshop.WorkshopId ? Results.Ok(await reading.ViewAsync(made, true, ct)) : errors.Error(RejectionCode.CaseNotFound);
        if ((await rooms.OfAsync(workshop, ct)).FirstOrDefault(r => r.BoardId == request.BoardId)?.State is not { } board)
            return errors.Error(RejectionCode.BoardNotFound);
        if (!CaseDraft.Ready(board)) return errors.Error(RejectionCode.CaseNotReady);
        var draft = CaseDraft.From(request.OpId, board, workshop.Title, workshop.CreatedAt, workshop.FacilitatorId, time.GetUtcNow());
        await store.SaveCaseAsync(draft, ct);
        return Results.Created($"/api/workshops/{workshop.Code}/cases/{draft.CaseId}", await reading.ViewAsync(draft, true, ct));
    }

    private static async Task<IResult> OfWorkshop(IBoardStore store, CaseReading reading, HttpContext http, CancellationToken ct) =>
        Results.Ok(await reading.ViewsAsync(await store.CasesAsync(new CaseQuery(WorkshopId: FacilitatorOnly.Workshop(http).WorkshopId), ct), false, ct));

    private static async Task<IResult> OneOfWorkshop(Guid id, IBoardStore store, CaseReading reading, ApiErrors errors, HttpContext http,
        CancellationToken ct) =>
        await store.FindCaseAsync(id, ct) is { } c && c.WorkshopId == FacilitatorOnly.Workshop(http).WorkshopId
            ? Results.Ok(await reading.ViewAsync(c, true, ct))
            : errors.Error(RejectionCode.CaseNotFound);

    private static async Task<IResult> EditOfWorkshop(Guid id, JsonElement body, IBoardStore store, CaseReading reading, ApiErrors errors,
        TimeProvider time, HttpContext http, CancellationToken ct) =>
        await store.FindCaseAsync(id, ct) is { } c && c.WorkshopId == FacilitatorOnly.Workshop(http).WorkshopId
            ? await SaveAsync(c, body, store, reading, errors, time, ct)
            : errors.Error(RejectionCode.CaseNotFound);

    /// <summary>Rule K5: the office finds every case; a facilitator the published ones and their own.</summary>
    private static async Task<IResult> Search(string? q, string? tag, string? unit, Guid? facilitator, int? year, CaseStatus? status,
        IBoardStore store, CaseReading reading, HttpContext http, CancellationToken ct)
    {
        var caller = ProgrammeOnly.Caller(http);
        var query = new CaseQuery(q, Blank(tag), Blank(unit), facilitator, year, status, VisibleTo: caller.Facilitator?.FacilitatorId);
        return Results.Ok(await reading.ViewsAsync(await store.CasesAsync(query, ct), false, ct));
    }

    private static async Task<IResult> One(Guid id, IBoardStore store, CaseReading reading, ApiErrors errors, HttpContext http, CancellationToken ct) =>
        await VisibleAsync(id, store, http, ct) is { } c ? Results.Ok(await reading.ViewAsync(c, true, ct)) : errors.Error(RejectionCode.CaseNotFound);

    /// <summary>Rule K5: the office edits any case, a facilitator their own; someone else's published case is for reading.</summary>
    private static async Task<IResult> Edit(Guid id, JsonElement body, IBoardStore store, CaseReading reading, ApiErrors errors, TimeProvider time,
        HttpContext http, CancellationToken ct)
    {
        if (await VisibleAsync(id, store, http, ct) is not { } c) return errors.Error(RejectionCode.CaseNotFound);
        var caller = ProgrammeOnly.Caller(http);
        if (!caller.IsOffice && c.FacilitatorId != caller.Facilitator!.FacilitatorId) return errors.Error(RejectionCode.NotAllowed);
        return await SaveAsync(c, body, store, reading, errors, time, ct);
    }

    /// <summary>Rule K6: the chosen cases in the order chosen, each in its own language's words; the collection in the reader's.</summary>
    private static async Task<IResult> Collection(JsonElement body, IBoardStore store, CaseReading reading, ApiErrors errors,
        IStringLocalizer<ReportText> localizer, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CaseCollectionRequest>(body, out var request) || request.CaseIds is not { Count: > 0 and <= 200 })
            return errors.Error(RejectionCode.MalformedMessage);
        var printed = new List<PrintedCase>();
        foreach (var id in request.CaseIds.Distinct())
        {
            if (await VisibleAsync(id, store, http, ct) is not { } c) return errors.Error(RejectionCode.CaseNotFound);
            printed.Add(PrintedCase.Of(await reading.ViewAsync(c, true, ct), new ReportWords(localizer, c.Language)));
        }
        var reader = BoardLanguageCulture.Parse(CultureInfo.CurrentUICulture.Name);
        var t = new ReportWords(localizer, reader);
        var title = TypedText.Title.Check(request.Title).Refusal is null ? TypedText.Title.Check(request.Title).Text : t["CaseCollection"];
        var meta = t["CaseCollectionMeta", printed.Count, t.Time(time.GetUtcNow())];
        var name = $"cases-{ReportWords.Today(time.GetUtcNow()):yyyyMMdd}";
        return request.Format switch
        {
            "html" => Results.Content(CaseCollectionDocuments.Html(title, meta, printed, t.Culture.Name), "text/html; charset=utf-8"),
            "md" => Results.File(Encoding.UTF8.GetBytes(CaseCollectionDocuments.Markdown(title, meta, printed)), "text/markdown; charset=utf-8", $"{name}.md"),
            "docx" => Results.File(CaseCollectionDocuments.Word(title, meta, printed),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx"),
            _ => errors.Error(RejectionCode.MalformedMessage),
        };
    }

    private static async Task<IResult> SaveAsync(Case c, JsonElement body, IBoardStore store, CaseReading reading, ApiErrors errors,
        TimeProvider time, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<CaseEdit>(body, out var raw)) return errors.Error(RejectionCode.MalformedMessage);
        var (edit, refusal) = CaseRules.Check(raw);
        if (refusal is { } code) return errors.Error(code);
        var saved = c.With(edit!, time.GetUtcNow());
        await store.SaveCaseAsync(saved, ct);
        return Results.Ok(await reading.ViewAsync(saved, true, ct));
    }

    /// <summary>The case, when the caller may see it (rule K5); never says whether someone else's draft exists.</summary>
    private static async Task<Case?> VisibleAsync(Guid id, IBoardStore store, HttpContext http, CancellationToken ct) =>
        await store.FindCaseAsync(id, ct) is { } c && new CaseQuery(VisibleTo: ProgrammeOnly.Caller(http).Facilitator?.FacilitatorId).Admits(c) ? c : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
