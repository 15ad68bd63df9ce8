using System.Text.Json;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Hosting;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Office;

/// <summary>
/// The programme office's API (rules O1–O4): facilitators and their links, every workshop (a facilitator: their own), and
/// data care — deleting a workshop or a facilitator's data, and a backup of everything.
/// </summary>
public static class OfficeEndpoints
{
    public static WebApplication MapOffice(this WebApplication app)
    {
        var programme = app.MapGroup("/api/office").AddEndpointFilter<ProgrammeOnly>();
        programme.MapGet("/me", Me);
        programme.MapGet("/workshops", Workshops);
        var office = app.MapGroup("/api/office").AddEndpointFilter<OfficeOnly>();
        office.MapGet("/facilitators", Facilitators);
        office.MapPost("/facilitators", NewFacilitator);
        office.MapPost("/facilitators/{id:guid}/revoke", Revoke);
        office.MapPost("/facilitators/{id:guid}/link", NewLink);
        office.MapDelete("/facilitators/{id:guid}", DeleteFacilitator);
        office.MapDelete("/workshops/{code}", DeleteWorkshop);
        office.MapGet("/backup", Backup);
        return app;
    }

    private static IResult Me(HttpContext http) => ProgrammeOnly.Caller(http) is { Facilitator: { } f }
        ? Results.Ok(new ProgrammeIdentity(false, f.FacilitatorId, f.Name, f.Unit))
        : Results.Ok(new ProgrammeIdentity(true, null, null, null));

    private static async Task<IResult> Workshops(IBoardStore store, HttpContext http, CancellationToken ct)
    {
        var caller = ProgrammeOnly.Caller(http);
        var names = (await store.FacilitatorsAsync(ct)).ToDictionary(f => f.FacilitatorId, f => f.Name);
        return Results.Ok((await store.WorkshopsAsync(ct)).Where(caller.Sees).OrderByDescending(w => w.CreatedAt)
            .Select(w => new ProgrammeWorkshop(w.WorkshopId, w.Code, w.Title, w.CreatedAt, w.BoardIds.Count, w.FacilitatorId,
                w.FacilitatorId is { } f ? names.GetValueOrDefault(f) : null))
            .ToList());
    }

    private static async Task<IResult> Facilitators(IBoardStore store, CancellationToken ct)
    {
        var workshops = await store.WorkshopsAsync(ct);
        return Results.Ok((await store.FacilitatorsAsync(ct)).Select(f => Summary(f, workshops)).ToList());
    }

    private static async Task<IResult> NewFacilitator(JsonElement body, IBoardStore store, TimeProvider time, PublicAddress address,
        ApiErrors errors, HttpContext http, CancellationToken ct)
    {
        if (!IncomingMessage.TryRead<NewFacilitatorRequest>(body, out var request)) return errors.Error(RejectionCode.MalformedMessage);
        var (profile, refusal) = FacilitatorProfile.Check(request.Name, request.Unit);
        if (refusal is { } code) return errors.Error(code);
        var key = FacilitatorSecrets.New();
        var facilitator = new FacilitatorRecord(Guid.NewGuid(), profile!.Name, profile.Unit, FacilitatorSecrets.Hash(key), time.GetUtcNow(), null);
        await store.SaveFacilitatorAsync(facilitator, ct);
        return Results.Created($"/api/office/facilitators/{facilitator.FacilitatorId}",
            new NewFacilitatorResponse(Summary(facilitator, []), FacilitatorLinks.Url(address.BaseUrl(http.Request), key)));
    }

    /// <summary>Rule O2: a revoked link opens nothing from now on, on every node; the facilitator's workshops stay.</summary>
    private static async Task<IResult> Revoke(Guid id, IBoardStore store, TimeProvider time, ApiErrors errors, CancellationToken ct)
    {
        if (await store.FindFacilitatorAsync(id, ct) is not { } facilitator) return errors.Error(RejectionCode.FacilitatorNotFound);
        if (!facilitator.Revoked) await store.SaveFacilitatorAsync(facilitator = facilitator with { RevokedAt = time.GetUtcNow() }, ct);
        return Results.Ok(Summary(facilitator, await store.WorkshopsAsync(ct)));
    }

    /// <summary>A lost or leaked link is replaced: the old one stops, the new one is shown once, and the facilitator is active again.</summary>
    private static async Task<IResult> NewLink(Guid id, IBoardStore store, PublicAddress address, ApiErrors errors, HttpContext http,
        CancellationToken ct)
    {
        if (await store.FindFacilitatorAsync(id, ct) is not { } facilitator) return errors.Error(RejectionCode.FacilitatorNotFound);
        var key = FacilitatorSecrets.New();
        await store.SaveFacilitatorAsync(facilitator = facilitator with { LinkHash = FacilitatorSecrets.Hash(key), RevokedAt = null }, ct);
        return Results.Ok(new NewFacilitatorResponse(Summary(facilitator, await store.WorkshopsAsync(ct)),
            FacilitatorLinks.Url(address.BaseUrl(http.Request), key)));
    }

    /// <summary>Rule O4: a facilitator's data — their workshops (with every trainee's name in them) and their own record.</summary>
    private static async Task<IResult> DeleteFacilitator(Guid id, IBoardStore store, WorkshopDeleting deleting, ApiErrors errors,
        CancellationToken ct)
    {
        if (await store.FindFacilitatorAsync(id, ct) is null) return errors.Error(RejectionCode.FacilitatorNotFound);
        foreach (var workshop in (await store.WorkshopsAsync(ct)).Where(w => w.FacilitatorId == id)) await deleting.DeleteAsync(workshop, ct);
        await store.DeleteFacilitatorAsync(id, ct);
        return Results.NoContent();
    }

    private static async Task<IResult> DeleteWorkshop(string code, IBoardStore store, WorkshopDeleting deleting, ApiErrors errors,
        CancellationToken ct)
    {
        if (JoinCodes.Normalize(code) is not { } normalized || await store.FindWorkshopByCodeAsync(normalized, ct) is not { } workshop)
            return errors.Error(RejectionCode.BoardNotFound);
        await deleting.DeleteAsync(workshop, ct);
        return Results.NoContent();
    }

    /// <summary>Rule O4: everything the server keeps, as the office may need to keep it elsewhere; never a secret or its hash.</summary>
    private static async Task<IResult> Backup(IBoardStore store, BoardRooms rooms, TimeProvider time, CancellationToken ct)
    {
        var workshops = await store.WorkshopsAsync(ct);
        var exports = new List<WorkshopExport>();
        foreach (var workshop in workshops) exports.Add(await WorkshopExport.OfAsync(workshop, rooms, time.GetUtcNow(), ct));
        var facilitators = (await store.FacilitatorsAsync(ct)).Select(f => Summary(f, workshops)).ToList();
        var backup = new ProgrammeBackup(time.GetUtcNow(), facilitators, exports, await store.CasesAsync(new CaseQuery(), ct));
        return Results.File(JsonSerializer.SerializeToUtf8Bytes(backup, WireJson.Options), "application/json",
            $"whiteboard-backup-{backup.ExportedAt:yyyyMMdd-HHmm}.json");
    }

    private static FacilitatorSummary Summary(FacilitatorRecord f, IReadOnlyList<WorkshopRecord> workshops) =>
        new(f.FacilitatorId, f.Name, f.Unit, f.CreatedAt, f.RevokedAt, workshops.Count(w => w.FacilitatorId == f.FacilitatorId));
}
