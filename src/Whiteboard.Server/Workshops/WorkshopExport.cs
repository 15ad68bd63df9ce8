using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>Every group board of a workshop as JSON, as a facilitator sees it (the facilitator's export, the office's backup).</summary>
public sealed record WorkshopExport(
    Guid WorkshopId, string Code, string Title, string Language, string Template, DateTimeOffset ExportedAt,
    IReadOnlyList<BoardExport> Boards, Guid? FacilitatorId = null)
{
    public static async Task<WorkshopExport> OfAsync(WorkshopRecord workshop, BoardRooms rooms, DateTimeOffset now, CancellationToken ct)
    {
        var boards = await rooms.OfAsync(workshop, ct);
        return new WorkshopExport(workshop.WorkshopId, workshop.Code, workshop.Title, workshop.Language.CultureName(),
            workshop.Template.ToString(), now, [.. boards.Select(b => BoardExport.Of(Visibility.Snapshot(b.State, Viewer.AnyFacilitator)))],
            workshop.FacilitatorId);
    }
}
