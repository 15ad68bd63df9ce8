namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// One workshop in the office's list or a facilitator's "my workshops": enough to find it and open it; the facilitator's
/// console opens with their own link (rule O2), so no secret travels here.
/// </summary>
public sealed record ProgrammeWorkshop(Guid WorkshopId, string Code, string Title, DateTimeOffset CreatedAt, int Groups,
    Guid? FacilitatorId, string? FacilitatorName);
